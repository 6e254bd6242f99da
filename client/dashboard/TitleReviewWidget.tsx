import { Button, Card, CardActions, CardContent, CardHeader } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { TitleCounters, useTitleCounters } from '../resources/title-applications/TitleCounters';

/** The reviewer's morning view: what waits at their org per title plan (the review home, condensed). */
export function TitleReviewWidget() {
  const translate = useTranslate();
  const { data } = useTitleCounters();
  return (
    <Card>
      <CardHeader
        title={translate('titles.home.widget')}
        subheader={data?.orgName ?? ' '}
        titleTypographyProps={{ variant: 'subtitle1' }}
      />
      <CardContent sx={{ pt: 0 }}>
        <TitleCounters dense />
      </CardContent>
      <CardActions>
        <Button size="small" component={Link} to="/title-review">
          {translate('titles.menu.home')}
        </Button>
      </CardActions>
    </Card>
  );
}
