import { useQuery } from '@tanstack/react-query';
import { Alert, AlertTitle, Button, List, ListItem, ListItemText } from '@mui/material';
import { Link } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { formatTime } from '../../common/format';

/** 被催办 on the review home: who urged which application this org still holds, when, and what they wrote. */
export function UrgedNotices() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({ queryKey: ['title-applications', 'urges'], queryFn: () => dataProvider.getTitleUrges() });
  if (!data?.length) return null;
  return (
    <Alert severity="warning" sx={{ mt: 2 }} component="section" aria-labelledby="urged-title">
      <AlertTitle id="urged-title">{translate('titleWithdrawUrge.home.title')}</AlertTitle>
      <List dense disablePadding>
        {data.map((u) => (
          <ListItem
            key={u.id}
            disableGutters
            secondaryAction={
              <Button size="small" component={Link} to={`/title-applications/${u.applicationId}/show`}>
                {translate('titleWithdrawUrge.home.open', { id: u.applicationId })}
              </Button>
            }
          >
            <ListItemText
              primary={translate('titleWithdrawUrge.home.line', {
                org: u.fromOrgName,
                name: u.actorName,
                time: formatTime(u.at),
                id: u.applicationId,
                applicant: u.applicantName,
                message: u.message,
              })}
              sx={{ pr: 16 }}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
