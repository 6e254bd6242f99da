import { Chip } from '@mui/material';
import {
  DateInput,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { FitDatagrid, FitListActions, RowShowButton } from '../../common/FitList';
import { ListPagination } from '../../common/ListPagination';
import { TimeField } from '../../common/TimeField';
import { choices } from '../../common/roleChoices';

export const DIRECTION_CHOICES = choices(['sent', 'received'], 'titleCatalogues.batches.direction');

const filters = [
  <SelectInput key="direction" source="direction" choices={DIRECTION_CHOICES} alwaysOn />,
  <DateInput key="createdAt_gte" source="createdAt_gte" alwaysOn />,
  <DateInput key="createdAt_lte" source="createdAt_lte" alwaysOn />,
  <SearchInput key="q" source="q" alwaysOn />,
];

/** 送审批次: what this org sent up with its 推荐报告/申报函, and what it received from below; newest first. */
export function BatchList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      pagination={<ListPagination />}
      exporter={false}
      actions={<FitListActions />}
    >
      <FitDatagrid rowClick="show" bulkActionButtons={false} wrap={['fromOrgName', 'toOrgName', 'note']} wrapMin={120}>
        <TextField source="id" />
        <FunctionField
          source="direction"
          sortable={false}
          render={(r: { direction: string }) => (
            <Chip
              size="small"
              variant="outlined"
              color={r.direction === 'sent' ? 'primary' : 'secondary'}
              label={translate(`titleCatalogues.batches.direction.${r.direction}`)}
            />
          )}
        />
        <TextField source="fromOrgName" sortable={false} />
        <TextField source="toOrgName" sortable={false} />
        <NumberField source="applicationCount" />
        <TextField source="createdByName" sortable={false} emptyText="—" />
        <TimeField source="createdAt" />
        <TextField source="note" sortable={false} emptyText="—" />
        <RowShowButton />
      </FitDatagrid>
    </List>
  );
}
