import {
  BooleanInput,
  CreateButton,
  DateInput,
  ExportButton,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
  type Exporter,
} from 'react-admin';
import { FitDatagrid, FitListActions, RowShowButton } from '../../common/FitList';
import { ListPagination } from '../../common/ListPagination';
import { StatusChip } from '../../common/StatusChip';
import { TimeField } from '../../common/TimeField';
import { downloadExcelCsv } from '../../common/csv';
import { useAllowed } from '../../providers/access';
import { BulkActivateButton } from './ActivateButtons';
import { CHANNEL_CHOICES, LPT_CHOICES, STATUS_CHOICES } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={CHANNEL_CHOICES} alwaysOn />,
  <SelectInput key="legalPersonType" source="legalPersonType" choices={LPT_CHOICES} />,
  <TextInput key="region" source="region" helperText="如：吉林省长春市" />,
  <BooleanInput key="atQuota" source="atQuota" />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
  <DateInput key="createdAt_lte" source="createdAt_lte" />,
];

export const usage = (r: { operatorCount: number; operatorQuota: number; adminCount: number; adminQuota: number }) =>
  `${r.operatorCount} / ${r.operatorQuota}（管理员 ${r.adminCount} / ${r.adminQuota}）`;

/** The list row's fields the CSV export and the columns read (API.md, GET /api/units). */
interface UnitListRow {
  id: number;
  uscc: string;
  name: string;
  legalPersonType: string;
  legalRepName: string;
  idNumber: string;
  phone: string;
  account: string;
  status: string;
  channel: string;
  region: string;
  createdAt: string;
  operatorCount: number;
  operatorQuota: number;
  adminCount: number;
  adminQuota: number;
}

export function UnitList() {
  const translate = useTranslate();
  // Appeal agents read units; only institution administrators register and activate them.
  const canRegister = useAllowed('units.create');
  const canActivate = useAllowed('units.activate');
  // The export carries what the list shows: masked ID numbers and phones, Chinese labels, a BOM for Excel.
  const exporter: Exporter<UnitListRow> = (records) =>
    downloadExcelCsv(
      translate('units.export_name'),
      [
        'uscc',
        'name',
        'legalPersonType',
        'legalRepName',
        'idNumber',
        'phone',
        'account',
        'status',
        'channel',
        'region',
        'usage',
        'createdAt',
      ].map((k) => translate(`resources.units.fields.${k}`)),
      records.map((r) => [
        r.uscc,
        r.name,
        translate(`units.legal_person_type.${r.legalPersonType}`),
        r.legalRepName,
        r.idNumber,
        r.phone,
        r.account,
        translate(`units.status.${r.status}`),
        translate(`units.channel.${r.channel}`),
        r.region,
        usage(r),
        r.createdAt,
      ]),
    );
  return (
    <List
      filters={filters}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      pagination={<ListPagination />}
      exporter={exporter}
      actions={
        <FitListActions>
          {canRegister && <CreateButton label="units.action.register" />}
          <ExportButton maxResults={1000} />
        </FitListActions>
      }
    >
      <FitDatagrid
        rowClick="show"
        bulkActionButtons={canActivate ? <BulkActivateButton /> : false}
        wrap={['name']}
        omit={['idNumber', 'account', 'channel']}
      >
        <TextField source="uscc" />
        <TextField source="name" />
        <TextField source="legalRepName" sortable={false} />
        <TextField source="idNumber" sortable={false} />
        <TextField source="phone" sortable={false} />
        <TextField source="account" sortable={false} />
        <StatusChip source="status" prefix="units.status" />
        <FunctionField source="channel" render={(r: UnitListRow) => translate(`units.channel.${r.channel}`)} />
        <FunctionField
          source="operatorCount"
          label="resources.units.fields.usage"
          render={(r: UnitListRow) => `${r.operatorCount} / ${r.operatorQuota}`}
        />
        <TimeField source="createdAt" />
        <RowShowButton />
      </FitDatagrid>
    </List>
  );
}
