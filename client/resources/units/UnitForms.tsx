import { Alert, Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  Create,
  DateInput,
  Edit,
  RadioButtonGroupInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { ID_TYPE_CHOICES, LPT_CHOICES } from './choices';
import { choices } from '../../common/roleChoices';
import { RegionPicker } from '../../common/RegionPicker';
import { FormColumns, FormToolbar } from '../../common/FormLayout';
import { MaterialFileInput } from '../../common/FilePicker';

const PRESET_YEARS: Record<string, number> = { '5y': 5, '10y': 10, '20y': 20 };

interface ValidityValues {
  idValidFrom?: string | null;
  idValidTo?: string | null;
  validityPreset?: string | null;
}

/** 证件有效期 presets (5/10/20 年, 长期有效) fill the end date from the start date, as the public forms do. */
function ValidityInputs() {
  const { setValue } = useFormContext<ValidityValues>();
  const [from, preset] = useWatch<ValidityValues, ['idValidFrom', 'validityPreset']>({
    name: ['idValidFrom', 'validityPreset'],
  });
  useEffect(() => {
    if (!preset || preset === 'custom') return;
    if (preset === 'long_term') return setValue('idValidTo', '', { shouldDirty: true });
    if (!from || !/^\d{4}-\d{2}-\d{2}$/.test(from)) return;
    const [y, m, d] = from.split('-').map(Number);
    const end = new Date(Date.UTC(y + PRESET_YEARS[preset], m - 1, d));
    if (end.getUTCDate() !== d) end.setUTCDate(0); // 29 Feb → 28 Feb
    setValue('idValidTo', end.toISOString().slice(0, 10), { shouldDirty: true });
  }, [from, preset, setValue]);
  return (
    <>
      <DateInput source="idValidFrom" validate={required()} />
      <RadioButtonGroupInput
        className="wide"
        source="validityPreset"
        label="resources.units.fields.idValidity"
        choices={choices(['5y', '10y', '20y', 'long_term', 'custom'], 'units.preset')}
      />
      <DateInput
        source="idValidTo"
        readOnly={preset !== 'custom'}
        helperText={preset === 'long_term' ? 'app.long_term' : false}
      />
    </>
  );
}

function Identity({ create }: { create?: boolean }) {
  return (
    <>
      <TextInput
        source="uscc"
        validate={required()}
        disabled={!create}
        helperText={create ? false : '统一社会信用代码创建后不能修改'}
      />
      <TextInput source="name" validate={required()} />
      <SelectInput source="legalPersonType" choices={LPT_CHOICES} validate={required()} />
      <TextInput source="legalRepName" validate={required()} />
      <SelectInput source="idType" choices={ID_TYPE_CHOICES} validate={required()} />
      <TextInput
        source="idNumber"
        validate={required()}
        helperText={create ? false : '显示为脱敏值；不修改则保持原号码'}
      />
      <ValidityInputs />
      <TextInput source="phone" validate={required()} />
      <TextInput source="account" validate={required()} helperText="8–20 位，以字母开头" />
    </>
  );
}

const MATERIALS = ['businessLicense', 'handlerId', 'authorizationLetter'] as const;

/** 线下经办窗口注册: identity plus the three scanned materials, sent as one multipart request. */
export function UnitCreate() {
  const translate = useTranslate();
  return (
    <Create
      redirect={(_r?: string, id?: Identifier) => `units/${id}/receipt`}
      mutationMode="pessimistic"
      transform={({ validityPreset: _p, ...d }: Record<string, unknown>) => d}
    >
      <SimpleForm
        defaultValues={{
          legalPersonType: 'enterprise',
          idType: 'resident_id',
          handlerIdType: 'resident_id',
          validityPreset: '20y',
        }}
        toolbar={<FormToolbar />}
      >
        <Typography variant="subtitle1">{translate('units.registration.identity')}</Typography>
        <FormColumns>
          <Identity create />
          <Box className="wide">
            <RegionPicker nameSource="region" />
          </Box>
          <TextInput source="registeredAddress" />
        </FormColumns>
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('units.registration.handler')}
        </Typography>
        <FormColumns>
          <TextInput source="handlerName" validate={required()} />
          <SelectInput source="handlerIdType" choices={ID_TYPE_CHOICES} validate={required()} />
          <TextInput source="handlerIdNumber" validate={required()} />
          <TextInput source="handlerPhone" validate={required()} />
        </FormColumns>
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('units.registration.materials')}
        </Typography>
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('units.registration.materials_hint')}
        </Alert>
        <FormColumns>
          {MATERIALS.map((m) => (
            <MaterialFileInput
              key={m}
              source={m}
              label={translate(`resources.units.fields.${m}`)}
              accept={
                m === 'authorizationLetter'
                  ? undefined
                  : { 'application/pdf': ['.pdf'], 'image/*': ['.jpg', '.jpeg', '.png'] }
              }
            />
          ))}
        </FormColumns>
      </SimpleForm>
    </Create>
  );
}

export function UnitEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={({ validityPreset: _p, ...d }: Record<string, unknown>) => d}
    >
      <SimpleForm defaultValues={{ validityPreset: 'custom' }} toolbar={<FormToolbar />}>
        <FormColumns>
          <Identity />
          <Box className="wide">
            <RegionPicker nameSource="region" />
          </Box>
          {[
            'registeredAddress',
            'registeredCapital',
            'registrationDate',
            'businessScope',
            'codeType',
            'industry',
            'approvalDate',
            'approvalAuthority',
            'enterpriseStatus',
            'foundingDate',
          ].map((f) => (
            <TextInput
              key={f}
              source={f}
              className={f === 'businessScope' ? 'wide' : undefined}
              multiline={f === 'businessScope'}
            />
          ))}
        </FormColumns>
      </SimpleForm>
    </Edit>
  );
}
