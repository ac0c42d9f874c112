import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from './http';

export interface DataControls {
  improveModel: boolean;
  includeVoice: boolean;
  chatHistory: boolean;
}

const KEY = ['settings', 'data-controls'] as const;

export function useDataControls() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => http.get<DataControls>('/v1/me/settings/data-controls'),
    staleTime: 60_000,
  });
}

export function useUpdateDataControls() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<DataControls>) => http.patch<DataControls>('/v1/me/settings/data-controls', patch),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: KEY });
      const previous = queryClient.getQueryData<DataControls>(KEY);
      if (previous) queryClient.setQueryData(KEY, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(KEY, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
