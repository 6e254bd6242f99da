import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useTranslate, type RaRecord } from 'react-admin';
import { useAllowed } from '../../providers/access';

interface OrgNode extends RaRecord {
  name: string;
  level: string;
  parentId: number | null;
}

/** The whole review-org tree, indented by level (province → city → department → unit). */
export function OrgTree() {
  const translate = useTranslate();
  const editable = useAllowed('orgs.write');
  const { data = [] } = useGetList<OrgNode>('orgs', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const children = new Map<number | null, OrgNode[]>();
  for (const o of data) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o]);
  const known = new Set(data.map((o) => o.id));
  const roots = data.filter((o) => o.parentId === null || !known.has(o.parentId));
  const render = (o: OrgNode, depth: number) => (
    <Box key={o.id}>
      <Typography variant="body2" sx={{ pl: depth * 2.5, py: 0.25 }}>
        {editable ? <Link to={`/orgs/${o.id}`}>{o.name}</Link> : o.name}
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
          {translate(`orgs.level.${o.level}`)}
        </Typography>
      </Typography>
      {(children.get(o.id as number) ?? []).map((c) => render(c, depth + 1))}
    </Box>
  );
  return (
    <Card
      variant="outlined"
      sx={{ ml: { xs: 0, sm: 2 }, mt: { xs: 2, sm: 0 }, minWidth: { sm: 320 }, alignSelf: { sm: 'flex-start' } }}
    >
      <CardHeader title={translate('orgs.tree')} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent sx={{ pt: 0 }}>{roots.map((r) => render(r, 0))}</CardContent>
    </Card>
  );
}
