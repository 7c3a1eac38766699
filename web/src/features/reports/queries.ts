// The reports module's data: the user's background jobs (polled while one is still running) and the
// mutation that starts a batch.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { reportsApi } from './api';

export const reportsKeys = { jobs: ['jobs'] as const };

const unfinished = (s: string) => s === 'queued' || s === 'running';

export function useJobs() {
  return useQuery({
    queryKey: reportsKeys.jobs,
    queryFn: reportsApi.jobs,
    // Progress is read every second while a job is queued or running, and not at all otherwise.
    refetchInterval: (q) => (q.state.data?.some((j) => unfinished(j.status)) ? 1000 : false),
  });
}

export function useStartBatch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: reportsApi.startBatch,
    onSuccess: () => qc.invalidateQueries({ queryKey: reportsKeys.jobs }),
  });
}
