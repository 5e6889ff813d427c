/**
 * The per-cool operations as the composition root registers them
 * (`for (const op of coolOperations(deps)) registry.register(op)`): who is offered each and the
 * phrases that start it. Following the seed's cool schedule and the core's rules: 希望量 and 分配量
 * are 基本型 tasks, 移送・融通 is sent only by 基本型, 融通受入 / 接種実績 / 廃棄 concern both types.
 * 市町村 users may enter 希望量, 接種実績 and 廃棄 and see 分配量 on a facility's behalf (代理入力);
 * 移送・融通 and 融通受入 are the facility's own (the core refuses them for 市町村).
 */
import type { OperationDefinition } from '../../operationRegistry';
import type { OperationDependencies } from '../shared/operationDialog';
import { AllocationDialog } from './allocationDialog';
import { DemandDialog } from './demandDialog';
import { DisposalDialog } from './disposalDialog';
import { coolMessages as text } from './messages';
import { ReceiptDialog } from './receiptDialog';
import { TransferDialog } from './transferDialog';
import { VaccinationDialog } from './vaccinationDialog';

export function coolOperations(dependencies: OperationDependencies): OperationDefinition[] {
  return [
    {
      id: DemandDialog.id,
      dialog: new DemandDialog(dependencies),
      menuLabel: text.demandLabel,
      triggers: ['希望量を登録したい', '希望量の登録', '希望量の入力', '納入希望量を登録', 'ワクチンの希望量', '希望量を変更したい'],
      roles: ['facility', 'municipality'],
      facilityTypes: ['basic'],
    },
    {
      id: AllocationDialog.id,
      dialog: new AllocationDialog(dependencies),
      menuLabel: text.allocationLabel,
      triggers: ['分配量を確認したい', '分配量はいくつ', '納入予定日を確認したい', 'いつ届く', '納入予定日はいつ', '配分量の確認'],
      roles: ['facility', 'municipality'],
      facilityTypes: ['basic'],
    },
    {
      id: TransferDialog.id,
      dialog: new TransferDialog(dependencies),
      menuLabel: text.transferLabel,
      triggers: ['移送を登録したい', '融通を登録したい', '移送・融通の登録', '移送しました', '融通しました', 'ワクチンを他の医療機関に渡した'],
      roles: ['facility'],
      facilityTypes: ['basic'],
    },
    {
      id: ReceiptDialog.id,
      dialog: new ReceiptDialog(dependencies),
      menuLabel: text.receiptLabel,
      triggers: ['融通受入の登録', '融通を受けた', '融通を受け入れた', 'ワクチンを受け取った', '移送を受けた', '受入を登録したい'],
      roles: ['facility'],
    },
    {
      id: VaccinationDialog.id,
      dialog: new VaccinationDialog(dependencies),
      menuLabel: text.vaccinationLabel,
      triggers: ['接種実績を登録したい', '接種実績の登録', '実績の入力', '接種人数を登録', '今日の接種実績', '接種実績を訂正したい'],
      roles: ['facility', 'municipality'],
    },
    {
      id: DisposalDialog.id,
      dialog: new DisposalDialog(dependencies),
      menuLabel: text.disposalLabel,
      triggers: ['廃棄量を登録したい', '廃棄の登録', 'ワクチンを廃棄した', '廃棄しました', '期限切れで廃棄'],
      roles: ['facility', 'municipality'],
    },
  ];
}
