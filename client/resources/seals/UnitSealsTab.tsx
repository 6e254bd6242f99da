import {
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  List as MuiList,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { RecordContextProvider, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { formatTime } from '../../common/format';
import { SealGrants } from './SealGrants';
import { VoidSealButton } from './SealShow';
import { SealStamp } from './SealStamp';

/** 电子印章 tab of the unit page: each seal drawn, its grants, and the unit's last failed scan sign-ins. */
export function UnitSealsTab() {
  const unit = useRecordContext();
  const translate = useTranslate();
  const { data: seals } = useGetList<{
    id: number;
    name: string;
    type: string;
    status: string;
    voidReason?: string | null;
  }>(
    'seals',
    { filter: { unitId: unit?.id }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: !!unit },
  );
  const { data: failures } = useGetList<{
    id: number;
    at: string;
    name: string;
    idNumberMasked: string;
    method: string;
    reason: string | null;
  }>(
    'sign-in-events',
    {
      filter: { unitId: unit?.id, outcome: 'failed' },
      sort: { field: 'at', order: 'DESC' },
      pagination: { page: 1, perPage: 5 },
    },
    { enabled: !!unit },
  );
  if (!unit) return null;
  return (
    <Box>
      {seals?.length === 0 && <Typography color="text.secondary">{translate('seals.none')}</Typography>}
      {seals?.map((s) => (
        <RecordContextProvider key={s.id} value={s}>
          <Card variant="outlined" sx={{ mb: 2 }}>
            <CardContent sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
              <SealStamp name={s.name} type={s.type} voided={s.status === 'voided'} />
              <Box sx={{ flex: 1, minWidth: 280 }}>
                <Typography variant="subtitle1" component="h3">
                  {s.name} · {translate(`seals.type.${s.type}`)} · {translate(`seals.status.${s.status}`)}
                </Typography>
                {s.voidReason && (
                  <Typography color="text.secondary">
                    {translate('resources.seals.fields.voidReason')}：{s.voidReason}
                  </Typography>
                )}
                <SealGrants />
              </Box>
            </CardContent>
            <CardActions>
              <VoidSealButton />
              <Button size="small" component={Link} to={`/seals/${s.id}/show`}>
                {translate('seals.action.open')}
              </Button>
            </CardActions>
          </Card>
        </RecordContextProvider>
      ))}
      <Typography variant="subtitle1" component="h3">
        {translate('signIn.recent_failures')}
      </Typography>
      {failures?.length ? (
        <MuiList dense>
          {failures.map((e) => (
            <ListItem key={e.id} divider>
              <ListItemText
                primary={`${formatTime(e.at)}  ${e.name}（${e.idNumberMasked}）  ${translate(`signIn.method.${e.method}`)}`}
                secondary={translate(`signIn.reason.${e.reason ?? 'other'}`)}
              />
            </ListItem>
          ))}
        </MuiList>
      ) : (
        <Typography color="text.secondary">{translate('signIn.none')}</Typography>
      )}
    </Box>
  );
}
