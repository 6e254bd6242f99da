import { Button, Card, CardContent, CardHeader, Stack } from '@mui/material';
import ListAltIcon from '@mui/icons-material/ListAlt';
import SendIcon from '@mui/icons-material/Send';
import { Link } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';
import { TitleCounters, useTitleCounters } from './TitleCounters';
import { UrgedNotices } from './UrgedNotices';
import { DelegationBanner } from './DelegationBanner';

/** 职称审核首页 (/title-review): the reviewer's own org, the counts per plan, and the way to the lists. */
export function ReviewHome() {
  const translate = useTranslate();
  const { data } = useTitleCounters();
  return (
    <>
      <Title title={translate('titles.home.title')} />
      <UrgedNotices />
      <DelegationBanner />
      <Card sx={{ mt: 2 }}>
        <CardHeader
          title={translate('titles.home.title')}
          subheader={data ? translate('titles.home.subtitle', { org: data.orgName ?? '—' }) : ' '}
        />
        <CardContent>
          <TitleCounters />
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button startIcon={<ListAltIcon />} component={Link} to="/title-applications">
              {translate('titles.home.all')}
            </Button>
            <Button startIcon={<SendIcon />} component={Link} to="/submission-batches">
              {translate('titles.home.batches')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </>
  );
}
