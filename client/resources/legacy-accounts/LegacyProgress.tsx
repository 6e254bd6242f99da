import { useQuery } from '@tanstack/react-query';
import {
  Card,
  CardContent,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';

export interface SystemProgress {
  legacySystem: string;
  imported: number;
  upgraded: number;
  locked: number;
}

/** Per old system: imported / upgraded / locked, from the server's counts. */
export function LegacyProgress() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({
    queryKey: ['legacy-accounts', 'progress'],
    queryFn: () => dataProvider.getLegacyProgress(),
  });
  const t = (k: string) => translate(`legacyAccounts.progress.${k}`);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} aria-labelledby="legacy-progress-title">
      <CardContent>
        <Typography id="legacy-progress-title" variant="h6" component="h2" gutterBottom>
          {t('title')}
        </Typography>
        {data && !data.length && <Typography>{t('none')}</Typography>}
        {!!data?.length && (
          <Table size="small">
            <TableHead>
              <TableRow>
                {['system', 'imported', 'upgraded', 'locked', 'rate'].map((k) => (
                  <TableCell key={k}>{t(k)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((s) => {
                const rate = s.imported ? Math.round((100 * s.upgraded) / s.imported) : 0;
                return (
                  <TableRow key={s.legacySystem} data-testid="legacy-progress-row">
                    <TableCell>{s.legacySystem}</TableCell>
                    <TableCell>{s.imported}</TableCell>
                    <TableCell>{s.upgraded}</TableCell>
                    <TableCell>{s.locked}</TableCell>
                    <TableCell sx={{ minWidth: 140 }}>
                      <LinearProgress
                        variant="determinate"
                        value={rate}
                        aria-label={`${s.legacySystem} ${t('rate')} ${rate}%`}
                      />
                      {rate}%
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
