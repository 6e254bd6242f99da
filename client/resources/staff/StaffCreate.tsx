import { Create } from 'react-admin';
import { StaffForm } from './StaffForm';

export function StaffCreate() {
  return (
    <Create redirect="list" mutationMode="pessimistic">
      <StaffForm create defaultValues={{ roles: [] }} />
    </Create>
  );
}
