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
import { useAllowed } from '../../providers/access';

/**
 * Shared by create and edit; the server re-checks every rule and its field messages land here.
 * 三员分立: sysadmin opens accounts and keeps names and phones; roles (and a reviewer's org) are the
 * security administrator's, so each sees the other's fields read-only, and a new account has no roles.
 */
export function StaffForm({ create, ...props }: { create?: boolean } & Omit<SimpleFormProps, 'children'>) {
  const translate = useTranslate();
  const keepsProfile = useAllowed('staff.write');
  const assignsRoles = useAllowed('staff.assignRoles');
  return (
    <SimpleForm {...props}>
      <TextInput
        source="username"
        validate={required()}
        disabled={!create}
        helperText={create ? '3–32 位，以字母开头' : false}
      />
      <TextInput source="name" validate={required()} disabled={!keepsProfile} />
      {!create && <CheckboxGroupInput source="roles" choices={ROLE_CHOICES} disabled={!assignsRoles} />}
      <FormDataConsumer>
        {({ formData }: { formData: { roles?: string[] } }) =>
          formData.roles?.includes('title_reviewer') && (
            <ReferenceInput source="orgId" reference="orgs" perPage={100}>
              <AutocompleteInput
                disabled={!assignsRoles}
                optionText="name"
                filterToQuery={(q) => ({ q })}
                validate={required(translate('staff.reviewer_needs_org'))}
              />
            </ReferenceInput>
          )
        }
      </FormDataConsumer>
      <TextInput source="phone" helperText={false} disabled={!keepsProfile} />
      {create && <PasswordInput source="password" validate={required()} helperText={translate('app.password.rule')} />}
    </SimpleForm>
  );
}
