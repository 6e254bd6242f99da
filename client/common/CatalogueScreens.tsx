import type { ComponentType } from 'react';
import { Create, DeleteWithConfirmButton, Edit, SaveButton, Toolbar, useRecordContext } from 'react-admin';

/**
 * Save, and delete after a confirmation when the record exists and the server lists `delete` in its
 * `allowedActions`. Pessimistic: a refusal (409, e.g. still in use) is the server's message.
 */
export function CatalogueToolbar({ confirm = 'ra.message.delete_content' }: { confirm?: string }) {
  const record = useRecordContext();
  const deletable = ((record?.allowedActions as string[] | undefined) ?? []).includes('delete');
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {deletable && <DeleteWithConfirmButton mutationMode="pessimistic" confirmContent={confirm} />}
    </Toolbar>
  );
}

/**
 * Create and edit of a small catalogue sysadmin or a reviewer keeps (reject reasons, the work
 * calendar, business items, title plans, common opinions): one form for both, pessimistic, back to
 * the list after saving.
 */
export function catalogueScreens(Form: ComponentType) {
  const CatalogueCreate = () => (
    <Create redirect="list" mutationMode="pessimistic">
      <Form />
    </Create>
  );
  const CatalogueEdit = () => (
    <Edit redirect="list" mutationMode="pessimistic">
      <Form />
    </Edit>
  );
  return { create: CatalogueCreate, edit: CatalogueEdit };
}
