import { Alert, Box, Stack, Typography } from '@mui/material';
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Loading, useDataProvider, useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import { formatTime } from '../../common/format';
import { PrintablePage, PrintTable } from '../../common/PrintablePage';

/** 开通通知书: the sheet handed to an opened institution. */
export function OpeningNotice() {
  const { id } = useParams();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider();
  const { data: record, isPending } = useGetOne<{
    id: string | number;
    status: string;
    name: string;
    number: string;
    openedAt: string | null;
    adminName: string | null;
    adminPhone: string | null;
  }>('institutions', { id: id! });
  const { data: prefix } = useQuery({
    queryKey: ['settings', 'institutions.passwordPrefix'],
    queryFn: () =>
      dataProvider
        .getOne<{ id: string; value: unknown }>('settings', { id: 'institutions.passwordPrefix' })
        .then((r) => String(r.data.value)),
  });
  if (isPending || !record) return <Loading />;
  if (record.status === 'registered')
    return <Alert severity="warning">{translate('institutions.notice.not_open')}</Alert>;
  const f = (k: string) => translate(`resources.institutions.fields.${k}`);
  return (
    <PrintablePage title={translate('institutions.notice.title')}>
      <Typography sx={{ whiteSpace: 'pre-line', my: 2 }}>
        {translate('institutions.notice.body', { name: record.name, date: formatTime(record.openedAt).slice(0, 10) })}
      </Typography>
      <PrintTable
        rows={[
          [f('name'), record.name],
          [translate('institutions.notice.account'), record.number],
          [translate('institutions.notice.password_rule'), <PasswordRule key="rule" prefix={prefix ?? ''} />],
          [f('adminName'), record.adminName],
          [f('adminPhone'), record.adminPhone],
        ]}
      />
      <Typography sx={{ my: 3 }}>{translate('institutions.notice.steps')}</Typography>
      <Stack direction="row" justifyContent="space-between" sx={{ mt: 6 }}>
        <Typography>
          {translate('institutions.notice.issuer')}：{identity?.fullName}
        </Typography>
        <Typography>
          {translate('institutions.notice.date')}：{formatTime(new Date().toISOString()).slice(0, 10)}
        </Typography>
      </Stack>
    </PrintablePage>
  );
}

const MARK = '\u0000';

/** The rule's text with the prefix in a monospace span, so that l, I and 1 cannot be mistaken on paper. */
function PasswordRule({ prefix }: { prefix: string }) {
  const translate = useTranslate();
  const [before, after = ''] = translate('institutions.notice.password_rule_text', { prefix: MARK }).split(MARK);
  return (
    <>
      {before}
      <Box
        component="span"
        data-testid="password-prefix"
        sx={{ fontFamily: 'monospace', fontSize: '1.1em', letterSpacing: '0.08em', px: 0.5, bgcolor: 'action.hover' }}
      >
        {prefix}
      </Box>
      {after}
    </>
  );
}
