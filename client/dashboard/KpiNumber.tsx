import { Button, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { kpiLink, type Kpi } from './kpis';

/** A number and what it counts, as a link to the list it counts (its accessible name holds both). */
export function KpiNumber({ kpi, label, shown }: { kpi: Kpi; label: string; shown?: string }) {
  return (
    <Button component={Link} to={kpiLink(kpi)} sx={{ flexDirection: 'column', minWidth: 96, textTransform: 'none' }}>
      <Typography variant="h5" component="span">
        {shown ?? kpi.value}
      </Typography>
      <Typography variant="caption" component="span">
        {label}
      </Typography>
    </Button>
  );
}
