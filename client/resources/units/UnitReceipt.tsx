import { useQuery } from '@tanstack/react-query';
import { Typography } from '@mui/material';
import { useParams } from 'react-router-dom';
import { Loading, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { formatTime } from '../../common/format';
import { PrintablePage, PrintTable } from '../../common/PrintablePage';

export interface Receipt {
  name: string;
  uscc: string;
  account: string;
  legalRepName: string;
  registeredAt: string;
  staffName: string | null;
  materials: { field: string; label: string; originalName: string }[];
}

/** 受理回执: the sheet handed to the person who brought the materials to the window. */
export function UnitReceipt() {
  const { id } = useParams();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({ queryKey: ['units', id, 'receipt'], queryFn: () => dataProvider.getUnitReceipt(id!) });
  if (!data) return <Loading />;
  const f = (k: string) => translate(`resources.units.fields.${k}`);
  return (
    <PrintablePage title={translate('units.receipt.title')}>
      <Typography sx={{ my: 2 }}>{translate('units.receipt.intro')}</Typography>
      <PrintTable
        rows={[
          [f('name'), data.name],
          [f('uscc'), data.uscc],
          [f('legalRepName'), data.legalRepName],
          [f('account'), data.account],
          [translate('units.receipt.date'), formatTime(data.registeredAt).slice(0, 10)],
          [translate('units.receipt.staff'), data.staffName ?? '—'],
          [translate('units.receipt.materials'), data.materials.map((m) => `${m.label}（${m.originalName}）${translate('units.receipt.copies')}`).join('；') || '—'],
        ]}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 4 }}>
        {translate('units.receipt.footer')}
      </Typography>
    </PrintablePage>
  );
}
