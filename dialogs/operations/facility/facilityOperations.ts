/**
 * The facility-data and approval operations as the composition root registers them
 * (`for (const op of facilityOperations(deps)) registry.register(op)`): who is offered each and
 * the phrases that start it. 市町村 users get the facility tasks too (代理入力 for facilities of
 * their municipality), plus the approval of applications; 都道府県 users the list of their
 * municipalities.
 */
import type { OperationDefinition } from '../../operationRegistry';
import type { OperationDependencies } from '../shared/operationDialog';
import { ApplicationReviewDialog } from './applicationReviewDialog';
import { DoctorDialog } from './doctorDialog';
import { FacilityInfoDialog } from './facilityInfoDialog';
import { FacilityInfoViewDialog } from './facilityInfoViewDialog';
import { FacilityTypeChangeDialog } from './facilityTypeChangeDialog';
import { InsuranceCodeDialog } from './insuranceCodeDialog';
import { facilityMessages as text } from './messages';
import { MunicipalityListDialog } from './municipalityListDialog';
import { ReservationListDialog } from './reservationListDialog';
import { ReservationStatusDialog } from './reservationStatusDialog';
import { ReservationSupportDialog } from './reservationSupportDialog';

export function facilityOperations(dependencies: OperationDependencies): OperationDefinition[] {
  const facilitySide = ['facility', 'municipality'] as const;
  return [
    {
      id: FacilityInfoDialog.id,
      dialog: new FacilityInfoDialog(dependencies),
      menuLabel: text.facilityInfoLabel,
      triggers: ['医療機関情報を更新したい', '医療機関情報の登録', '住所を変更したい', '配送先住所の変更', '駐車場台数を変更', 'ディープフリーザーの台数を登録', '代表者名を変更したい', '代行入力フラグを要にしたい', '予約受付を市町村に依頼したい', '土日祝日の連絡担当者を設定'],
      roles: [...facilitySide],
    },
    {
      id: FacilityInfoViewDialog.id,
      dialog: new FacilityInfoViewDialog(dependencies),
      menuLabel: text.facilityInfoViewLabel,
      triggers: ['医療機関情報を確認したい', '医療機関情報を見たい', '登録内容を確認', '申請の結果を確認したい', '承認されたか確認したい'],
      roles: [...facilitySide],
    },
    {
      id: DoctorDialog.id,
      dialog: new DoctorDialog(dependencies),
      menuLabel: text.doctorLabel,
      triggers: ['医師を登録したい', '医師情報の登録', '医師情報を更新したい', '医師のメールアドレスを変更', '接種する医師を追加'],
      roles: [...facilitySide],
    },
    {
      id: FacilityTypeChangeDialog.id,
      dialog: new FacilityTypeChangeDialog(dependencies),
      menuLabel: text.typeChangeLabel,
      triggers: ['サテライト型に変更したい', '基本型に変更したい', '基本型とサテライト型の変更', '型を変更したい'],
      roles: [...facilitySide],
    },
    {
      id: InsuranceCodeDialog.id,
      dialog: new InsuranceCodeDialog(dependencies),
      menuLabel: text.insuranceCodeLabel,
      triggers: ['保険医療機関コードが変わった', '新しい保険医療機関コードを登録', '介護保険事業所番号の変更', '新旧コードの登録'],
      roles: [...facilitySide],
    },
    {
      id: ReservationStatusDialog.id,
      dialog: new ReservationStatusDialog(dependencies),
      menuLabel: text.reservationStatusLabel,
      triggers: ['予約受付状況を更新したい', '接種予約の受付状況', '予約が満枠になった', '予約受付を停止したい', 'コロナワクチンナビの受付状況'],
      roles: [...facilitySide],
    },
    {
      id: ReservationSupportDialog.id,
      dialog: new ReservationSupportDialog(dependencies),
      menuLabel: text.reservationSupportLabel,
      triggers: ['予約受付支援の設定', '1時間あたりの受付人数を設定', '市町村による予約受付支援', '予約受付の上限を設定したい'],
      roles: [...facilitySide],
    },
    {
      id: ReservationListDialog.id,
      dialog: new ReservationListDialog(dependencies),
      menuLabel: text.reservationListLabel,
      // 「予約者一覧」 alone is the reports feature's R305; these ask about the support's bookings.
      triggers: ['市町村が受け付けた予約を見たい', '予約受付支援の予約者を確認', '予約した人を確認したい', '代行で受け付けた予約'],
      roles: [...facilitySide],
    },
    {
      id: ApplicationReviewDialog.id,
      dialog: new ApplicationReviewDialog(dependencies.core),
      menuLabel: text.applicationReviewLabel,
      triggers: ['申請一覧を見たい', '変更申請を承認したい', '承認待ちの申請', '申請を却下したい', '医療機関からの申請を確認'],
      roles: ['municipality'],
    },
    {
      id: MunicipalityListDialog.id,
      dialog: new MunicipalityListDialog(dependencies.core),
      menuLabel: text.municipalityListLabel,
      triggers: ['市町村の一覧', '管内の市町村を見たい', '市町村一覧を表示'],
      roles: ['prefecture'],
    },
  ];
}
