import { useQuery } from '@tanstack/react-query';
import { Typography } from '@mui/material';
import { useParams } from 'react-router-dom';
import { Loading, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { formatTime } from '../../common/format';
import { PrintablePage, PrintTable, SignatureLines } from '../../common/PrintablePage';

export interface Receipt {
  receiptNo: string | null;
  handler: { name: string; idType: string; idNumber: string; phone: string } | null;
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
  const r = (k: string) => translate(`units.receipt.${k}`);
  const handler = data.handler;
  return (
    <PrintablePage title={r('title')}>
      {data.receiptNo && (
        <Typography align="right" sx={{ fontFamily: 'monospace' }}>
          {r('receipt_no')}：<span data-testid="receipt-no">{data.receiptNo}</span>
        </Typography>
      )}
      <Typography sx={{ my: 2 }}>{r('intro')}</Typography>
      <PrintTable
        rows={[
          ...(data.receiptNo ? [[r('receipt_no'), data.receiptNo] as [string, string]] : []),
          [f('name'), data.name],
          [f('uscc'), data.uscc],
          [f('legalRepName'), data.legalRepName],
          [f('account'), data.account],
          [translate('units.receipt.date'), formatTime(data.registeredAt).slice(0, 10)],
          ...(handler
            ? ([
                [r('handler'), handler.name],
                [r('handler_id'), `${translate(`units.id_type.${handler.idType}`)} ${handler.idNumber}`],
                [r('handler_phone'), handler.phone],
              ] as [string, string][])
            : []),
          [translate('units.receipt.staff'), data.staffName ?? '—'],
          [
            translate('units.receipt.materials'),
            data.materials
              .map((m) => `${m.label}（${m.originalName}）${translate('units.receipt.copies')}`)
              .join('；') || '—',
          ],
        ]}
      />
      <SignatureLines lines={[r('handler_sign'), r('window_seal'), r('sign_date')]} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 4 }}>
        {translate('units.receipt.footer')}
      </Typography>
    </PrintablePage>
  );
}
