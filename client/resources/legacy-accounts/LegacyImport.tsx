import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { FilePickButton } from '../../common/FilePicker';
import type { AppDataProvider, LegacyImportReport } from '../../providers/dataProvider';

/**
 * 导入历史账号: pick an .xlsx or .csv, watch the upload, then read the server's report (how many came
 * in, each row skipped and why). A refused file says why and imports nothing.
 */
export function LegacyImport() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [report, setReport] = useState<LegacyImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = (k: string, o?: Record<string, unknown>) => translate(`legacyAccounts.import.${k}`, o);
  const busy = percent !== null;

  const start = async () => {
    if (!file) return;
    setReport(null);
    setError(null);
    setPercent(0);
    try {
      setReport(await dataProvider.importLegacyAccounts(file, setPercent));
      void queryClient.invalidateQueries({ queryKey: ['legacy-accounts'] });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPercent(null);
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <Card>
        <CardContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('hint')}
          </Alert>
          <Stack direction="row" spacing={2} alignItems="center">
            {/* A real button that opens a real file input: Enter and Space work, and its name says what it takes. */}
            <FilePickButton
              what={t('choose')}
              name="file"
              accept=".xlsx,.csv,text/csv"
              file={file}
              onChange={setFile}
            />
            {/* start catches its own errors and shows them in the error alert. */}
            <Button variant="contained" onClick={() => void start()} disabled={!file || busy}>
              {t('submit')}
            </Button>
            <Button component={Link} to="/legacy-accounts">
              {t('back')}
            </Button>
          </Stack>
          {busy && (
            <Box sx={{ mt: 2 }} role="status">
              <LinearProgress
                variant={percent < 100 ? 'determinate' : 'indeterminate'}
                value={percent}
                aria-label={t('uploading', { percent })}
              />
              <Typography variant="body2">{percent < 100 ? t('uploading', { percent }) : t('processing')}</Typography>
            </Box>
          )}
          {error && (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {t('failed', { message: error })}
            </Alert>
          )}
          {report && (
            <Box sx={{ mt: 2 }}>
              <Alert
                severity={report.skipped.length ? 'warning' : 'success'}
                role="status"
                data-testid="legacy-import-result"
              >
                {t('result', { imported: report.imported, skipped: report.skipped.length })}
              </Alert>
              {report.skipped.length > 0 && (
                <Table size="small" sx={{ mt: 1 }} aria-label={t('reason')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('row')}</TableCell>
                      <TableCell>{t('reason')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {report.skipped.slice(0, 1000).map((s) => (
                      <TableRow key={s.row}>
                        <TableCell>{s.row}</TableCell>
                        <TableCell>{s.reason}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
