// Small display helpers of the workflow module.
import dayjs from 'dayjs';

export const formatTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';

export const statusColor = (status: string): string =>
  status === 'in_review'
    ? 'processing'
    : status === 'returned'
      ? 'error'
      : status === 'frozen'
        ? 'success'
        : 'default';
