import {
  AutocompleteInput,
  CheckboxGroupInput,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  useTranslate,
  type SimpleFormProps,
} from 'react-admin';
import { ROLE_CHOICES } from '../../common/roleChoices';

/** Shared by create and edit; the server re-checks every rule and its field messages land here. */
export function StaffForm({ create, ...props }: { create?: boolean } & Omit<SimpleFormProps, 'children'>) {
  const translate = useTranslate();
  return (
    <SimpleForm {...props}>
      <TextInput
        source="username"
        validate={required()}
        disabled={!create}
        helperText={create ? '3–32 位，以字母开头' : false}
      />
      <TextInput source="name" validate={required()} />
      <CheckboxGroupInput source="roles" choices={ROLE_CHOICES} validate={required()} />
      <FormDataConsumer>
        {({ formData }: { formData: { roles?: string[] } }) =>
          formData.roles?.includes('title_reviewer') && (
            <ReferenceInput source="orgId" reference="orgs" perPage={100}>
              <AutocompleteInput
                optionText="name"
                filterToQuery={(q) => ({ q })}
                validate={required(translate('staff.reviewer_needs_org'))}
              />
            </ReferenceInput>
          )
        }
      </FormDataConsumer>
      <TextInput source="phone" helperText={false} />
      {create && <PasswordInput source="password" validate={required()} helperText={translate('app.password.rule')} />}
    </SimpleForm>
  );
}
