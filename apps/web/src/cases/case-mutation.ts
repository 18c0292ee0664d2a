import type { CaseDetail } from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";

/**
 * A change to a case whose answer is the case itself: the answer replaces the cached case (no
 * second, audited read) and the lists are refreshed.
 */
export function useCaseMutation<V>(
  mutationFn: (variables: V) => Promise<CaseDetail>,
  onDone?: (updated: CaseDetail) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (updated) => {
      queryClient.setQueryData(["cases", updated.id], updated);
      onDone?.(updated);
      await queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
    },
  });
}
