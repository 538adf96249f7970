import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  decideChangeRequest,
  listSellers,
  listUsersByIds,
  retrieveSeller,
  reviewSellerDocument,
  sellerKeys,
  transitionSeller,
  type ListSellersParams,
  type DocumentReviewState,
  type ReviewAction,
} from "./sellers"

/** One page of the review queue; keeps the previous page on screen while the next loads. */
export function useSellers(params: ListSellersParams) {
  return useQuery({
    queryKey: sellerKeys.list(params),
    queryFn: () => listSellers(params),
    placeholderData: keepPreviousData,
  })
}

export function useSeller(id: string) {
  return useQuery({
    queryKey: sellerKeys.detail(id),
    queryFn: () => retrieveSeller(id),
    select: (data) => data.seller,
  })
}

/** Operator transitions; on success every seller query (queue, detail, product widget) refetches. */
export function useSellerTransition(id: string, locale: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, reason }: { action: ReviewAction; reason?: string }) =>
      transitionSeller(id, action, reason, locale),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sellerKeys.all }),
  })
}

/** Operator review of one document; on success the seller's queries refetch (badge, note). */
export function useDocumentReview(sellerId: string, locale: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ documentId, state, note }: { documentId: string; state: DocumentReviewState; note?: string }) =>
      reviewSellerDocument(sellerId, documentId, state, note, locale),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sellerKeys.detail(sellerId) }),
  })
}

/** The operator's decision on a change request; on success every seller query refetches (an accepted one changes the profile). */
export function useChangeRequestDecision(locale: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: "accept" | "reject"; note?: string }) =>
      decideChangeRequest(id, decision, note, locale),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sellerKeys.all }),
  })
}

/** Operator names for the history; an unknown id simply stays an id. */
export function useUserNames(ids: string[]) {
  const unique = [...new Set(ids)].sort()
  return useQuery({
    queryKey: sellerKeys.users(unique),
    queryFn: () => listUsersByIds(unique),
    enabled: unique.length > 0,
    staleTime: 5 * 60_000,
    retry: false,
    select: (data) =>
      new Map(
        data.users.map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email])
      ),
  })
}
