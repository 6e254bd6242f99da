import { DateInput, List, SearchInput, SelectInput, TextField, FunctionField, useTranslate } from 'react-admin';
import { FitDatagrid, FitListActions, RowShowButton } from '../../common/FitList';
import { ListPagination } from '../../common/ListPagination';
import { StatusChip } from '../../common/StatusChip';
import { TimeField } from '../../common/TimeField';
import { REGION_CHOICES } from '../../common/regions';
import { InstitutionStats } from './InstitutionStats';
import { LEVEL_CHOICES, STATUS_CHOICES, TYPE_CHOICES } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <SelectInput key="type" source="type" choices={TYPE_CHOICES} alwaysOn />,
  <SelectInput key="level" source="level" choices={LEVEL_CHOICES} />,
  <SelectInput key="regionCode" source="regionCode" choices={REGION_CHOICES} />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
  <DateInput key="createdAt_lte" source="createdAt_lte" />,
];

export function InstitutionList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      pagination={<ListPagination />}
      aside={<InstitutionStats />}
      exporter={false}
      actions={<FitListActions />}
    >
      <FitDatagrid
        rowClick="show"
        bulkActionButtons={false}
        wrap={['name', 'type']}
        wrapMin={110}
        omit={['region', 'adminPhone']}
      >
        <TextField source="number" />
        <TextField source="name" />
        <FunctionField source="type" render={(r: { type: string }) => translate(`institutions.type.${r.type}`)} />
        <FunctionField source="level" render={(r: { level: string }) => translate(`institutions.level.${r.level}`)} />
        <TextField source="region" sortable={false} />
        <TextField source="adminName" sortable={false} emptyText="—" />
        <TextField source="adminPhone" sortable={false} emptyText="—" />
        <StatusChip source="status" prefix="institutions.status" />
        <TimeField source="createdAt" />
        <RowShowButton />
      </FitDatagrid>
    </List>
  );
}
