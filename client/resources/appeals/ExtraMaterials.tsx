import { Link as MuiLink, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AppealMaterial } from './choices';

type ExtraMaterial = Pick<AppealMaterial, 'field' | 'label' | 'file'> & { fromAppealId: number };

/** 补充材料: what merged duplicates brought in, beside (never in) the checklist; each opens as a file. */
export function ExtraMaterials() {
  const record = useRecordContext<{ extraMaterials?: ExtraMaterial[] }>();
  const translate = useTranslate();
  const extras = record?.extraMaterials ?? [];
  if (!extras.length) return null;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('appeals.merge.extra_materials')}
      </Typography>
      <Table size="small">
        <TableBody>
          {extras.map((m) => (
            <TableRow key={m.file.id}>
              <TableCell>{translate(`appeals.material.${m.field}`, { _: m.label })}</TableCell>
              <TableCell>
                <MuiLink href={`/api/files/${m.file.id}`} target="_blank" rel="noopener">
                  {m.file.originalName}
                </MuiLink>
              </TableCell>
              <TableCell>
                <MuiLink component={Link} to={`/appeals/${m.fromAppealId}/show`}>
                  {translate('appeals.merge.from', { id: m.fromAppealId })}
                </MuiLink>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
