import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Stack, Text } from "@mantine/core";
import { CaseCreateBody, type DuplicateCheckResult } from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { FormProvider, type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "../../app/api-client.ts";
import { DuplicateCandidates } from "../../linkage/DuplicateCandidates.tsx";
import { checkDuplicates, duplicateCheckBodyOf } from "../../linkage/duplicate-check-api.ts";
import { TextField } from "../../ui/fields.tsx";
import { showServerFieldErrors } from "../../ui/form-errors.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { type RegisterValues, serverToday, toCreateBody } from "../case-form-values.ts";
import { createCase } from "../cases-api.ts";
import { ExploitationFields } from "../facts/ExploitationFields.tsx";
import { FoundFields } from "../facts/FoundFields.tsx";
import { MovementFields } from "../facts/MovementFields.tsx";
import { RiskFields } from "../facts/RiskFields.tsx";
import { AgeFields } from "./AgeFields.tsx";
import { ContactFields, DocumentFields } from "./ContactFields.tsx";
import { IdentityFields } from "./IdentityFields.tsx";
import { NameFields } from "./NameFields.tsx";

type Body = z.output<typeof CaseCreateBody>;

// The shared schema checks what would be sent (empty answers left out), with the same field
// names as the form, so its messages and the server's land next to the same inputs.
const checkBody = zodResolver(CaseCreateBody);
const resolver: Resolver<RegisterValues, unknown, Body> = (values, context, options) =>
  checkBody(toCreateBody(values) as never, context, options as never) as never;

function startingValues(): RegisterValues {
  return {
    ageMode: "estimated",
    registeredOn: serverToday(),
    person: {
      givenName: "",
      familyName: "",
      givenNameLatin: "",
      familyNameLatin: "",
      nameOrder: "family_first",
      otherNames: [],
      sex: "unknown",
      dateOfBirth: "",
      estimatedAgeYears: "",
      ageBasis: "declared",
      isAgeDisputed: false,
      nationalityStatus: "unknown",
      languages: [],
      contacts: [],
      documents: [],
    },
    referralSource: "",
    exploitationTypes: [],
    recruitmentMethods: [],
    recruitmentPlatforms: [],
    transit: [],
    borderCrossing: "unknown",
    riskLevel: "medium",
  };
}

/** Registers a child and the case, section by section; nothing is saved until the end. */
export function RegisterCasePage() {
  const { t } = useTranslation("cases");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<RegisterValues, unknown, Body>({
    resolver,
    defaultValues: startingValues(),
  });
  const isShown = (field: string) => field !== "assignedUserId";
  const create = useMutation({
    mutationFn: createCase,
    onSuccess: async (created) => {
      queryClient.setQueryData(["cases", created.id], created);
      await queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
      await navigate({ to: "/cases/$caseId", params: { caseId: created.id } });
    },
    onError: (error) => showServerFieldErrors(form.setError, error, isShown),
  });
  // Before saving, known children who may be this one are shown. Asking is an audited read, so
  // the same names and age are not asked about twice: the user's answer to them stands.
  const [review, setReview] = useState<{
    key: string;
    typed: string;
    result: DuplicateCheckResult;
  }>();
  const reviewRef = useRef<HTMLDivElement>(null);
  // The person checked that the user answered "none of these" for: registered without asking again.
  const confirmedKey = useRef<string>(undefined);
  // When the check itself fails (server or network), the child must still be registrable: the
  // user may go on without it, knowingly.
  const [unchecked, setUnchecked] = useState<{ key: string; typed: string }>();
  // What is typed now, compared with what was checked: a changed name or age hides the
  // candidates and brings back the button, which checks again.
  const {
    contacts: _contacts,
    languages: _languages,
    ...typedPerson
  } = useWatch({
    control: form.control,
    name: "person",
  });
  const typed = JSON.stringify([typedPerson, useWatch({ control: form.control, name: "ageMode" })]);
  const isReviewing = review !== undefined && review.typed === typed;
  const check = useMutation({
    mutationFn: checkDuplicates,
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const errors = (error.problem.errors ?? []).map((e) => ({
        ...e,
        field: `person.${e.field}`,
      }));
      showServerFieldErrors(
        form.setError,
        new ApiError(error.status, { ...error.problem, errors }),
        isShown,
      );
    },
  });
  const onSubmit = form.handleSubmit(async (body) => {
    const checked = duplicateCheckBodyOf(body.person);
    const key = JSON.stringify(checked);
    if (confirmedKey.current === key) return create.mutate(body);
    if (review?.key === key) {
      setReview({ ...review, typed });
      reviewRef.current?.focus();
      return;
    }
    const result = await check.mutateAsync(checked).catch((error: unknown) => {
      const isOurFault = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
      if (isOurFault) setUnchecked({ key, typed });
      return undefined;
    });
    if (!result) return;
    if (result.candidates.length === 0) return create.mutate(body);
    setReview({ key, typed, result });
    requestAnimationFrame(() => reviewRef.current?.focus());
  });
  return (
    <Stack gap="lg" maw={900}>
      <PageTitle>{t("register.title")}</PageTitle>
      <Text>{t("register.intro")}</Text>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate aria-label={t("register.title")}>
          <Stack gap="xl">
            <NameFields />
            <AgeFields />
            <IdentityFields />
            <ContactFields />
            <DocumentFields />
            <FoundFields>
              <TextField name="registeredOn" label={t("found.registeredOn")} type="date" />
            </FoundFields>
            <ExploitationFields />
            <MovementFields />
            <RiskFields />
            <ProblemAlert error={create.error ?? check.error} isPlaced={isShown} />
            {review && isReviewing ? (
              <div ref={reviewRef} tabIndex={-1}>
                <DuplicateCandidates
                  result={review.result}
                  isSaving={create.isPending}
                  onNoneOfThese={() => {
                    // The whole form as it is now, checked again by the shared schema.
                    confirmedKey.current = review.key;
                    void onSubmit();
                  }}
                />
              </div>
            ) : (
              <Group>
                <Button type="submit" size="md" loading={check.isPending || create.isPending}>
                  {t("register.submit")}
                </Button>
                {unchecked && unchecked.typed === typed && check.isError ? (
                  <Button
                    variant="default"
                    size="md"
                    onClick={() => {
                      confirmedKey.current = unchecked.key;
                      void onSubmit();
                    }}
                  >
                    {t("duplicates.registerUnchecked")}
                  </Button>
                ) : null}
              </Group>
            )}
          </Stack>
        </form>
      </FormProvider>
    </Stack>
  );
}
