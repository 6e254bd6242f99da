import {
  AutocompleteInput,
  Create,
  Edit,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { Box } from '@mui/material';
import { RegionPicker } from '../../common/RegionPicker';
import { LEVEL_CHOICES, TYPE_CHOICES } from './choices';
import { FormColumns, FormToolbar } from '../../common/FormLayout';

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
      <SimpleForm toolbar={<FormToolbar />}>
        <FormColumns>
          <SelectInput source="type" choices={TYPE_CHOICES} validate={required()} />
          <SelectInput source="level" choices={LEVEL_CHOICES} validate={required()} />
          <Box className="wide">
            <RegionPicker codeSource="regionCode" nameSource="region" required />
          </Box>
          <Common />
        </FormColumns>
      </SimpleForm>
    </Create>
  );
}

/** Number, type, level and region are fixed once registered (the number encodes level and region). */
export function InstitutionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<FormToolbar />}>
        <FormColumns>
          <TextInput source="number" disabled />
          <Common />
        </FormColumns>
      </SimpleForm>
    </Edit>
  );
}
