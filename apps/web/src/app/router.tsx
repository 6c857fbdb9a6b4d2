import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../components/not-found';
import { Loading } from '../components/states';
import { RequireAuth } from './require-auth';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/** Each page is its own chunk; the browser loads it on first visit. */
export const router = createBrowserRouter([
  {
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: Loading,
    children: [
      {
        path: 'sign-in',
        lazy: async () => ({ Component: (await import('../features/auth/routes/sign-in-route')).SignInRoute }),
      },
      {
        path: 'sign-up',
        lazy: async () => ({ Component: (await import('../features/auth/routes/sign-up-route')).SignUpRoute }),
      },
      {
        path: 'forgot-password',
        lazy: async () => ({ Component: (await import('../features/account/routes/forgot-password-route')).ForgotPasswordRoute }),
      },
      {
        path: 'reset-password/:token?',
        lazy: async () => ({ Component: (await import('../features/account/routes/reset-password-route')).ResetPasswordRoute }),
      },
      {
        path: 'confirm-email/:token?',
        lazy: async () => ({ Component: (await import('../features/account/routes/confirm-email-route')).ConfirmEmailRoute }),
      },
      {
        path: 'invitations/:token',
        lazy: async () => ({ Component: (await import('../features/workspaces/routes/invitation-route')).InvitationRoute }),
      },
      {
        Component: RequireAuth,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/home/routes/home-route')).HomeRoute }),
          },
          {
            path: 'account',
            lazy: async () => ({ Component: (await import('../features/account/routes/account-route')).AccountRoute }),
          },
          {
            path: 'notifications',
            lazy: async () => ({ Component: (await import('../features/notifications/routes/notifications-route')).NotificationsRoute }),
          },
          {
            path: 'notifications/preferences',
            lazy: async () => ({
              Component: (await import('../features/notifications/routes/notification-preferences-route')).NotificationPreferencesRoute,
            }),
          },
          {
            path: 'workspaces/new',
            lazy: async () => ({ Component: (await import('../features/workspaces/routes/new-workspace-route')).NewWorkspaceRoute }),
          },
          {
            path: 'account/two-factor',
            lazy: async () => ({ Component: (await import('../features/auth/routes/two-factor-route')).TwoFactorRoute }),
          },
          {
            path: 'w/:workspaceId',
            lazy: async () => ({ Component: (await import('../features/workspaces/routes/workspace-layout-route')).WorkspaceLayoutRoute }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('../features/processes/routes/process-list-route')).ProcessListRoute }),
              },
              {
                path: 'settings',
                lazy: async () => ({
                  Component: (await import('../features/workspaces/routes/workspace-settings-route')).WorkspaceSettingsRoute,
                }),
              },
              {
                path: 'audit',
                lazy: async () => ({ Component: (await import('../features/audit/routes/audit-route')).AuditRoute }),
              },
              {
                path: 'p/new',
                lazy: async () => ({ Component: (await import('../features/processes/routes/new-process-route')).NewProcessRoute }),
              },
              {
                path: 'p/:processId',
                lazy: async () => ({ Component: (await import('../features/processes/routes/process-layout-route')).ProcessLayoutRoute }),
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('../features/processes/routes/process-overview-route')).ProcessOverviewRoute,
                    }),
                  },
                  {
                    path: 'initiate',
                    lazy: async () => ({ Component: (await import('../features/initiation/routes/initiate-route')).InitiateRoute }),
                  },
                  {
                    path: 'checklist',
                    lazy: async () => ({ Component: (await import('../features/initiation/routes/checklist-route')).ChecklistRoute }),
                  },
                  {
                    path: 'members',
                    lazy: async () => ({
                      Component: (await import('../features/processes/routes/process-members-route')).ProcessMembersRoute,
                    }),
                  },
                  {
                    path: 'selection',
                    lazy: async () => ({ Component: (await import('../features/selection/routes/selection-route')).SelectionRoute }),
                  },
                  {
                    path: 'charter',
                    lazy: async () => ({ Component: (await import('../features/charters/routes/charter-route')).CharterRoute }),
                  },
                  {
                    path: 'agreements',
                    lazy: async () => ({ Component: (await import('../features/agreements/routes/agreements-route')).AgreementsRoute }),
                  },
                  {
                    path: 'decisions',
                    lazy: async () => ({ Component: (await import('../features/decisions/routes/decisions-route')).DecisionsRoute }),
                  },
                  {
                    path: 'decisions/:decisionId',
                    lazy: async () => ({ Component: (await import('../features/decisions/routes/decision-route')).DecisionRoute }),
                  },
                  {
                    path: 'plan',
                    lazy: async () => ({ Component: (await import('../features/plans/routes/plan-route')).PlanRoute }),
                  },
                  {
                    path: 'plan/actions',
                    lazy: async () => ({ Component: (await import('../features/plans/routes/attention-route')).AttentionRoute }),
                  },
                  {
                    path: 'plan/milestones',
                    lazy: async () => ({ Component: (await import('../features/tracking/routes/milestones-route')).MilestonesRoute }),
                  },
                  {
                    path: 'meetings',
                    lazy: async () => ({ Component: (await import('../features/meetings/routes/meetings-route')).MeetingsRoute }),
                  },
                  {
                    path: 'meetings/:meetingId',
                    lazy: async () => ({ Component: (await import('../features/meetings/routes/meeting-route')).MeetingRoute }),
                  },
                  {
                    path: 'plan/:planId',
                    lazy: async () => ({ Component: (await import('../features/plans/routes/plan-detail-route')).PlanDetailRoute }),
                  },
                  {
                    path: 'stakeholders',
                    lazy: async () => ({
                      Component: (await import('../features/stakeholders/routes/stakeholders-layout-route')).StakeholdersLayoutRoute,
                    }),
                    children: [
                      {
                        index: true,
                        lazy: async () => ({
                          Component: (await import('../features/stakeholders/routes/register-route')).RegisterRoute,
                        }),
                      },
                      {
                        path: 'grid',
                        lazy: async () => ({ Component: (await import('../features/stakeholders/routes/pictures')).GridRoute }),
                      },
                      {
                        path: 'map',
                        lazy: async () => ({ Component: (await import('../features/stakeholders/routes/pictures')).MapRoute }),
                      },
                      {
                        path: 'prospects',
                        lazy: async () => ({
                          Component: (await import('../features/stakeholders/routes/prospects-route')).ProspectsRoute,
                        }),
                      },
                      {
                        path: 'prospects/:prospectId',
                        lazy: async () => ({
                          Component: (await import('../features/stakeholders/routes/prospect-route')).ProspectRoute,
                        }),
                      },
                      {
                        path: ':stakeholderId',
                        lazy: async () => ({
                          Component: (await import('../features/stakeholders/routes/stakeholder-route')).StakeholderRoute,
                        }),
                      },
                    ],
                  },
                  {
                    path: 'plan/:planId/actions/:actionId',
                    lazy: async () => ({ Component: (await import('../features/plans/routes/action-route')).ActionRoute }),
                  },
                  {
                    path: 'plan/:planId/milestones/:milestoneId',
                    lazy: async () => ({ Component: (await import('../features/plans/routes/milestone-route')).MilestoneRoute }),
                  },
                  {
                    path: 'dashboard',
                    lazy: async () => ({ Component: (await import('../features/tracking/routes/dashboard-route')).DashboardRoute }),
                  },
                  {
                    path: 'audit',
                    lazy: async () => ({ Component: (await import('../features/audit/routes/audit-route')).AuditRoute }),
                  },
                  {
                    path: 'details',
                    lazy: async () => ({
                      Component: (await import('../features/processes/routes/process-details-route')).ProcessDetailsRoute,
                    }),
                  },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
