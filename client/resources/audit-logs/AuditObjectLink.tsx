import { Link } from 'react-router-dom';
import { Typography } from '@mui/material';
import { useCreatePath, useRecordContext, useResourceDefinitions } from 'react-admin';

/** 对象: the record the row is about, linked to its show (or edit) page when the console has one. */
export function AuditObjectLink() {
  const record = useRecordContext();
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  if (!record) return null;
  const ref = record.objectRef as { resource: string; id: string } | null;
  const definition = ref ? definitions[ref.resource] : undefined;
  const type = definition?.hasShow ? 'show' : definition?.hasEdit ? 'edit' : null;
  if (!ref || !type)
    return (
      <Typography variant="body2" component="span">
        {record.objectLabel as string}
      </Typography>
    );
  return (
    <Link to={createPath({ resource: ref.resource, id: ref.id, type })} onClick={(e) => e.stopPropagation()}>
      {record.objectLabel as string}
    </Link>
  );
}
