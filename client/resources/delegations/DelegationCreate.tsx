import { useQuery } from '@tanstack/react-query';
import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  Create,
  DateInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useDataProvider,
  useGetIdentity,
  useGetOne,
  useTranslate,
} from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { useAllowed } from '../../providers/access';

/** A reviewer delegates for themself: the colleagues of their own org. */
function ColleaguePicker() {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { identity } = useGetIdentity();
  const { data = [] } = useQuery({ queryKey: ['title-reviewers'], queryFn: () => dataProvider.getTitleReviewers() });
  const colleagues = data.filter((s) => s.id !== identity?.id);
  return <SelectInput source="delegateId" choices={colleagues} validate={required()} />;
}

/** A sysadmin picks the delegator, then a reviewer of the delegator's org. */
function AdminPickers() {
  const delegatorId = useWatch({ name: 'delegatorId' }) as number | undefined;
  const { data: delegator } = useGetOne<{ id: number; orgId: number }>(
    'staff',
    { id: delegatorId! },
    { enabled: !!delegatorId },
  );
  return (
    <>
      <ReferenceInput source="delegatorId" reference="staff" filter={{ role: 'title_reviewer', status: 'active' }}>
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <ReferenceInput
        source="delegateId"
        reference="staff"
        filter={{ role: 'title_reviewer', status: 'active', orgId: delegator?.orgId ?? -1 }}
      >
        <SelectInput optionText="name" validate={required()} disabled={!delegator} />
      </ReferenceInput>
    </>
  );
}

export function DelegationCreate() {
  const translate = useTranslate();
  const isReviewer = useAllowed('titleApplications.review');
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('delegations.create_hint')}
        </Alert>
        {isReviewer ? <ColleaguePicker /> : <AdminPickers />}
        <DateInput source="startDate" validate={required()} />
        <DateInput source="endDate" validate={required()} />
        <TextInput source="reason" validate={required()} fullWidth />
      </SimpleForm>
    </Create>
  );
}
