import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Stack } from "@mantine/core";
import { UnmergeBody } from "@sahabat/shared";
import { FormProvider, type Resolver, useForm } from "react-hook-form";
import { TextAreaField } from "../ui/fields.tsx";
import { showFieldErrors } from "../ui/form-errors.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";

type Values = { reason: string };
// The server's rule for a reason (required, not blank, bounded): the same zod schema.
const resolver = zodResolver(UnmergeBody) as unknown as Resolver<Values>;

/**
 * A reason and one button: merging, unmerging and reopening all need a person's reason. What
 * the user typed stays when the server refuses it.
 */
export function ReasonForm({
  label,
  description,
  submit,
  onSubmit,
  error,
  isPending,
}: {
  label: string;
  description: string;
  submit: string;
  onSubmit: (reason: string) => Promise<unknown>;
  error: unknown;
  isPending: boolean;
}) {
  const form = useForm<Values>({ resolver, defaultValues: { reason: "" } });
  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (v) => {
          try {
            await onSubmit(v.reason);
            form.reset();
          } catch (e) {
            showFieldErrors(form.setError, e, ["reason"]);
          }
        })}
      >
        <Stack gap="sm" maw={560}>
          <ProblemAlert error={error} isPlaced={(f) => f === "reason"} />
          <TextAreaField name="reason" label={label} description={description} />
          <Button type="submit" loading={isPending} w="fit-content">
            {submit}
          </Button>
        </Stack>
      </form>
    </FormProvider>
  );
}
