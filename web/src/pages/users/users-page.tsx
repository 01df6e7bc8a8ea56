import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Space, Table, Tag } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { type AdminAccount, api } from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { type MessageKey, useI18n } from "../../i18n/index.ts";
import { useSession } from "../../session/session.tsx";
import { type IssuedPassword, OneTimePasswordDialog } from "./one-time-password.tsx";
import { CreateUserDialog, EmailDialog, GrantDialog, type NewAccount } from "./user-dialogs.tsx";

type Grant = AdminAccount["grants"][number];

/**
 * Accounts the administrator manages: create one (with a one-time password), disable or enable
 * it, reset its password, give and take back roles on units. Each change names the version shown;
 * when someone else changed the account meanwhile the list reloads and says so.
 */
export function UsersPage() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const unitName = useUnitName();
  const me = useSession().user?.username;
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ["users"], queryFn: () => call(api.users.list) });
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<AdminAccount>();
  const [editingEmail, setEditingEmail] = useState<AdminAccount>();
  const [issued, setIssued] = useState<IssuedPassword>();

  const refresh = () => queryClient.invalidateQueries({ queryKey: ["users"] });
  const failed = (error: unknown) => {
    if (isConflict(error)) {
      message.error(t("users.conflict"));
      void refresh();
    } else message.error(errorMessage(error));
  };
  const done = (account: AdminAccount) => {
    message.success(t("users.changed", { username: account.username }));
    void refresh();
  };

  const create = useMutation({
    mutationFn: (a: NewAccount) =>
      call(api.users.create, {
        body: {
          username: a.username.trim(),
          displayName: a.displayName?.trim() ?? "",
          grants: a.role && a.unit ? [{ role: a.role, unit: a.unit }] : [],
        },
      }),
    onSuccess: (made) => {
      setCreating(false);
      setIssued({ username: made.user.username, password: made.oneTimePassword });
      message.success(t("users.created", { username: made.user.username }));
      void refresh();
    },
    onError: failed,
  });
  const setDisabled = useMutation({
    mutationFn: (a: AdminAccount) =>
      call(api.users.setDisabled, {
        params: { username: a.username },
        body: { version: a.version, disabled: !a.disabled },
      }),
    onSuccess: (r) => done(r.user),
    onError: failed,
  });
  const setEmail = useMutation({
    mutationFn: ({ account, email }: { account: AdminAccount; email: string | null }) =>
      call(api.users.setEmail, {
        params: { username: account.username },
        body: { version: account.version, email },
      }),
    onSuccess: (r) => {
      setEditingEmail(undefined);
      done(r.user);
    },
    onError: failed,
  });
  const reset = useMutation({
    mutationFn: (a: AdminAccount) =>
      call(api.users.resetPassword, {
        params: { username: a.username },
        body: { version: a.version },
      }),
    onSuccess: (r) => {
      setIssued({ username: r.user.username, password: r.oneTimePassword });
      void refresh();
    },
    onError: failed,
  });
  const grant = useMutation({
    mutationFn: ({ account, g }: { account: AdminAccount; g: Grant }) =>
      call(api.users.grant, {
        params: { username: account.username },
        body: { version: account.version, grant: g },
      }),
    onSuccess: (r) => {
      setGranting(undefined);
      done(r.user);
    },
    onError: failed,
  });
  const revoke = useMutation({
    mutationFn: ({ account, g }: { account: AdminAccount; g: Grant }) =>
      call(api.users.revoke, {
        params: { username: account.username },
        body: { version: account.version, grant: g },
      }),
    onSuccess: (r) => done(r.user),
    onError: failed,
  });

  const roleName = (role: string) => t(`role.${role}` as MessageKey);
  const confirm = (content: string, onOk: () => void) =>
    modal.confirm({ content, onOk, okText: t("users.save"), cancelText: t("users.cancel") });

  return (
    <>
      <PageTitle
        title={t("users.title")}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="user-add"
            onClick={() => setCreating(true)}
          >
            {t("users.add")}
          </Button>
        }
      />
      <QueryState query={list}>
        {({ users }) => (
          <Table<AdminAccount>
            data-testid="users-table"
            rowKey="username"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={users}
            onRow={(a) => ({ "data-testid": `user-${a.username}` }) as object}
            columns={[
              { title: t("users.username"), dataIndex: "username" },
              { title: t("users.displayName"), dataIndex: "displayName" },
              {
                title: t("users.email"),
                render: (_, a) => (
                  <Button
                    type="link"
                    size="small"
                    data-testid={`user-email-${a.username}`}
                    aria-label={t("users.emailEdit", { username: a.username })}
                    onClick={() => setEditingEmail(a)}
                  >
                    {a.email ?? "—"}
                  </Button>
                ),
              },
              {
                title: t("users.status"),
                render: (_, a) => (
                  <Space size={4} wrap>
                    {a.disabled ? (
                      <Tag color="red">{t("users.disabled")}</Tag>
                    ) : (
                      <Tag color="green">{t("users.active")}</Tag>
                    )}
                    {a.mustChangePassword && <Tag color="gold">{t("users.mustChange")}</Tag>}
                  </Space>
                ),
              },
              {
                title: t("users.grants"),
                render: (_, a) =>
                  a.grants.length === 0 ? (
                    <span className="muted">{t("users.none")}</span>
                  ) : (
                    <Space size={4} wrap>
                      {a.grants.map((g) => (
                        <Tag
                          key={`${g.role}:${g.unit}`}
                          closable
                          closeIcon={
                            <span
                              role="img"
                              aria-label={t("users.revoke", {
                                role: roleName(g.role),
                                unit: unitName(g.unit),
                              })}
                            >
                              ×
                            </span>
                          }
                          onClose={(e) => {
                            e.preventDefault();
                            confirm(
                              t("users.confirmRevoke", {
                                role: roleName(g.role),
                                unit: unitName(g.unit),
                                username: a.username,
                              }),
                              () => revoke.mutate({ account: a, g }),
                            );
                          }}
                        >
                          {roleName(g.role)} · {unitName(g.unit)}
                        </Tag>
                      ))}
                    </Space>
                  ),
              },
              {
                title: t("users.actions"),
                render: (_, a) => (
                  <Space size={4} wrap>
                    <Button
                      size="small"
                      data-testid={`user-grant-${a.username}`}
                      onClick={() => setGranting(a)}
                    >
                      {t("users.grant")}
                    </Button>
                    <Button
                      size="small"
                      data-testid={`user-reset-${a.username}`}
                      onClick={() =>
                        confirm(t("users.confirmReset", { username: a.username }), () =>
                          reset.mutate(a),
                        )
                      }
                    >
                      {t("users.reset")}
                    </Button>
                    {/* No one disables their own account (the server refuses it too). */}
                    {a.username !== me && (
                      <Button
                        size="small"
                        data-testid={`user-toggle-${a.username}`}
                        onClick={() =>
                          a.disabled
                            ? setDisabled.mutate(a)
                            : confirm(t("users.confirmDisable", { username: a.username }), () =>
                                setDisabled.mutate(a),
                              )
                        }
                      >
                        {a.disabled ? t("users.enable") : t("users.disable")}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <CreateUserDialog
        open={creating}
        busy={create.isPending}
        onCreate={(a) => create.mutate(a)}
        onClose={() => setCreating(false)}
      />
      <GrantDialog
        username={granting?.username}
        busy={grant.isPending}
        onGrant={(g) => granting && grant.mutate({ account: granting, g })}
        onClose={() => setGranting(undefined)}
      />
      <EmailDialog
        account={editingEmail}
        busy={setEmail.isPending}
        onSave={(email) => editingEmail && setEmail.mutate({ account: editingEmail, email })}
        onClose={() => setEditingEmail(undefined)}
      />
      <OneTimePasswordDialog issued={issued} onClose={() => setIssued(undefined)} />
    </>
  );
}
