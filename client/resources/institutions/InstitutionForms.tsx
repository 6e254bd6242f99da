import { AutocompleteInput, Create, Edit, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { RegionPicker } from '../../common/RegionPicker';
import { LEVEL_CHOICES, TYPE_CHOICES } from './choices';

const Common = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <ReferenceInput source="unitId" reference="units">
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} helperText="可选：办理登记的单位" />
    </ReferenceInput>
    <TextInput source="address" fullWidth />
    <TextInput source="contactName" />
    <TextInput source="contactPhone" />
  </>
);

/** 机构登记: the number is assigned by the system when saved. */
export function InstitutionCreate() {
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm>
        <SelectInput source="type" choices={TYPE_CHOICES} validate={required()} />
        <SelectInput source="level" choices={LEVEL_CHOICES} validate={required()} />
        <RegionPicker codeSource="regionCode" nameSource="region" required />
        <Common />
      </SimpleForm>
    </Create>
  );
}

/** Number, type, level and region are fixed once registered (the number encodes level and region). */
export function InstitutionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TextInput source="number" disabled />
        <Common />
      </SimpleForm>
    </Edit>
  );
}
