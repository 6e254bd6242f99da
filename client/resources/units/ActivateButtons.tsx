import {
  useDataProvider,
  useGetMany,
  useListContext,
  useRecordContext,
  useTranslate,
  useUnselectAll,
  type RaRecord,
} from 'react-admin';
import { ActionDialogButton } from '../../common/ActionDialog';
import type { AppDataProvider, UnitActivation } from '../../providers/dataProvider';
import { ActivateCheck } from './ActivateCheck';

/** The selected units' identities, fetched only while the dialog is open (the dialog mounts its content then). */
function SelectedUnits({ ids }: { ids: number[] }) {
  const { data: units = [] } = useGetMany('units', { ids });
  return <ActivateCheck units={units} />;
}

/** 批量激活: one request for all selected units; the answer says what became of each. */
export function BulkActivateButton() {
  const { selectedIds } = useListContext<RaRecord>();
  const translate = useTranslate();
  const unselectAll = useUnselectAll('units');
  const dataProvider = useDataProvider<AppDataProvider>();
  const summary = ({ results }: { results: UnitActivation[] }) => {
    const count = (r: UnitActivation['result']) => results.filter((x) => x.result === r).length;
    return translate('units.bulk_result', {
      activated: count('activated'),
      not_pending: count('not_pending'),
      not_found: count('not_found'),
    });
  };
  return (
    <ActionDialogButton
      label={translate('units.action.bulk_activate')}
      title={translate('units.action.activate')}
      variant="contained"
      maxWidth="lg"
      send={() => dataProvider.activateUnits(selectedIds)}
      done={summary}
      onDone={() => unselectAll()}
    >
      <SelectedUnits ids={selectedIds as number[]} />
    </ActionDialogButton>
  );
}

/** Activation of the unit on screen, after the same identity check. */
export function ActivateButton() {
  const record = useRecordContext<{ id: number; version: number; allowedActions: string[] }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  if (!record || !record.allowedActions.includes('activate')) return null;
  return (
    <ActionDialogButton
      label={translate('units.action.activate')}
      variant="contained"
      maxWidth="lg"
      send={() => dataProvider.activateUnit(record.id, { version: record.version })}
    >
      <ActivateCheck units={[record]} />
    </ActionDialogButton>
  );
}
