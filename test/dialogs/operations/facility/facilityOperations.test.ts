import { decideRoute } from '../../../../dialogs/routeDecision';
import { OperationRegistry } from '../../../../dialogs/operationRegistry';
import { facilityOperations } from '../../../../dialogs/operations/facility/facilityOperations';
import type { CoreSystem } from '../../../../dialogs/ports/coreSystem';
import { chiyoda, hospitalA, prefecture } from './facilityDialogHarness';

// Routing only: the dialogs are built but never run, so no core is needed.
const registry = new OperationRegistry();
for (const operation of facilityOperations({ core: {} as CoreSystem })) registry.register(operation);

describe('facility operations in the registry', () => {
  const cases: Array<[string, string, typeof hospitalA]> = [
    ['住所を変更したい', 'facility-info', hospitalA],
    ['駐車場台数を12台に変更したい', 'facility-info', hospitalA],
    ['代行入力フラグを要にしたい', 'facility-info', hospitalA],
    ['医師を登録したい', 'doctor', hospitalA],
    ['サテライト型に変更したい', 'facility-type-change', hospitalA],
    ['新しい保険医療機関コードを登録したい', 'insurance-code', hospitalA],
    ['予約受付状況を更新したい', 'reservation-status', hospitalA],
    ['予約受付支援の設定をしたい', 'reservation-support', hospitalA],
    ['医療機関情報を確認したい', 'facility-info-view', hospitalA],
    ['変更申請を承認したい', 'application-review', chiyoda],
    ['千代田区A病院の医師を登録したい', 'doctor', chiyoda],
    ['管内の市町村を見せて', 'municipality-list', prefecture],
  ];
  it.each(cases)('%s -> %s', (utterance, expected, user) => {
    const route = decideRoute(utterance, user, registry);
    expect(route.kind === 'operation' ? route.operation.id : route).toBe(expected);
  });

  it('offers each side only its own tasks', () => {
    const ids = (user: typeof hospitalA) => registry.forUser(user).map((operation) => operation.id);
    expect(ids(hospitalA)).not.toContain('application-review');
    expect(ids(chiyoda)).toEqual(expect.arrayContaining(['application-review', 'facility-info', 'doctor']));
    expect(ids(prefecture)).toEqual(['municipality-list']);
  });
});
