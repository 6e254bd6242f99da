import {
  AutocompleteInput,
  Create,
  DeleteWithConfirmButton,
  Edit,
  ReferenceInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { choices } from '../../common/roleChoices';
import { AuditTrailAside } from '../../common/AuditTrail';
import { ORG_LEVELS } from './OrgList';

const Parent = () => (
  <ReferenceInput source="parentId" reference="orgs" perPage={100}>
    <AutocompleteInput
      optionText="name"
      filterToQuery={(q) => ({ q })}
      helperText="省级机构无上级；其余须选择更高层级的机构"
    />
  </ReferenceInput>
);

export function OrgCreate() {
  return (
    <Create redirect="list" mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="name" validate={required()} />
        <SelectInput source="level" choices={choices(ORG_LEVELS, 'orgs.level')} validate={required()} />
        <Parent />
        <TextInput source="region" />
      </SimpleForm>
    </Create>
  );
}

function OrgToolbar() {
  const record = useRecordContext<{ id: number; name: string }>();
  const translate = useTranslate();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteWithConfirmButton
        mutationMode="pessimistic"
        confirmContent={translate('orgs.delete_confirm', { name: record?.name ?? '' })}
      />
    </Toolbar>
  );
}

export function OrgEdit() {
  return (
    <Edit mutationMode="pessimistic" aside={<AuditTrailAside resource="orgs" />}>
      <SimpleForm toolbar={<OrgToolbar />}>
        <TextInput source="name" validate={required()} />
        <SelectInput source="level" choices={choices(ORG_LEVELS, 'orgs.level')} disabled />
        <Parent />
        <TextInput source="region" />
      </SimpleForm>
    </Edit>
  );
}
