import { Alert, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { NoticeForm } from "./NoticeForm.tsx";
import { valuesFromNotice } from "./notice-form-values.ts";
import { editNotice, noticeQuery } from "./takedowns-api.ts";

/** Edits a draft notice: saving makes the next version (the server keeps every version). */
export function EditNoticePage({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation("takedowns");
  const navigate = useNavigate();
  const notice = useQuery(noticeQuery(noticeId));
  const back = () => navigate({ to: "/takedowns/$id", params: { id: noticeId } });
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle>{t("edit.title")}</PageTitle>
      <QueryState query={notice}>
        {(n) =>
          n.can.edit ? (
            <>
              <Text>{t("edit.intro", { version: n.version, next: n.version + 1 })}</Text>
              <NoticeForm
                initial={valuesFromNotice(n)}
                legalBasis={n.legalBasis}
                save={(body) => editNotice(noticeId, body)}
                submitLabel={t("edit.save")}
                onCancel={back}
              />
            </>
          ) : (
            <Alert variant="light" color="orange">
              {t("edit.notEditable", { status: t(`status.${n.status}`) })}
            </Alert>
          )
        }
      </QueryState>
    </Stack>
  );
}
