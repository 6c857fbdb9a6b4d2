// Generated from apps/api/openapi.json by `npm run openapi`. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WorkspaceAudit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WorkspaceAudit_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcessAudit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcessAudit_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactorSignIn_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TwoFactor_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/two-factor/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactor_startEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/two-factor/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactor_confirmEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactor_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactor_renewRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Account_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Account_updateProfile"];
        trace?: never;
    };
    "/api/v1/account/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Account_setLocale"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/time-zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Account_setTimeZone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Account_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Account_changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/email/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Account_confirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Account_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Account_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Account_listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Account_revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Account_revokeOtherSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Account_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Workspaces_list"];
        put?: never;
        post: operations["Workspaces_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Workspaces_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Workspaces_rename"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Workspaces_setSecurity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Workspaces_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Workspaces_invitations"];
        put?: never;
        post: operations["Workspaces_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Workspaces_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Members_remove"];
        options?: never;
        head?: never;
        patch: operations["Members_changeRole"];
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Invitations_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Invitations_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Processes_list"];
        put?: never;
        post: operations["Processes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Processes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Processes_update"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Processes_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Lifecycle_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Lifecycle_history"];
        put?: never;
        post: operations["Lifecycle_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcessMembers_list"];
        put?: never;
        post: operations["ProcessMembers_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ProcessMembers_remove"];
        options?: never;
        head?: never;
        patch: operations["ProcessMembers_changeRole"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Charters_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Charters_startDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Charters_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Charters_edit"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Charters_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Charters_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Charters_adopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Charters_signatures"];
        put?: never;
        post: operations["Charters_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Charters_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CharterFeedback_comments"];
        put?: never;
        post: operations["CharterFeedback_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CharterFeedback_amendments"];
        put?: never;
        post: operations["CharterFeedback_proposeAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/amendments/{amendmentId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CharterFeedback_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/amendments/{amendmentId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CharterFeedback_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/declines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CharterFeedback_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CharterFeedback_signatureBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CharterFeedback_setRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CharterFeedback_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/ground-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Agreements_groundRules"];
        put?: never;
        post: operations["Agreements_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/ground-rules/samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Agreements_samples"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/ground-rules/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Agreements_adopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/ground-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Agreements_amend"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/ground-rules/{ruleId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Agreements_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/ground-rules/{ruleId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Agreements_ruleComments"];
        put?: never;
        post: operations["Agreements_commentOnRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Agreements_accountability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/accountability/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Agreements_saveAccountability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/grievance-procedure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Agreements_grievanceProcedure"];
        put: operations["Agreements_saveGrievanceProcedure"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/confidentiality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Agreements_confidentiality"];
        put: operations["Agreements_saveConfidentiality"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/stakeholder-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Stakeholders_list"];
        put?: never;
        post: operations["Stakeholders_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/stakeholder-groups/starter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Stakeholders_starter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/stakeholder-groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Stakeholders_remove"];
        options?: never;
        head?: never;
        patch: operations["Stakeholders_update"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/members/{userId}/alternate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Stakeholders_setAlternate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/members/{userId}/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Stakeholders_setMemberGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/stakeholders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StakeholderRegister_list"];
        put?: never;
        post: operations["StakeholderRegister_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/stakeholders/{stakeholderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StakeholderRegister_get"];
        put?: never;
        post?: never;
        delete: operations["StakeholderRegister_remove"];
        options?: never;
        head?: never;
        patch: operations["StakeholderRegister_update"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/stakeholder-relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StakeholderRegister_relationships"];
        put?: never;
        post: operations["StakeholderRegister_createRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/stakeholder-relationships/{relationshipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["StakeholderRegister_removeRelationship"];
        options?: never;
        head?: never;
        patch: operations["StakeholderRegister_updateRelationship"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/stakeholder-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StakeholderRegister_map"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/prospects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Prospects_list"];
        put?: never;
        post: operations["Prospects_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/prospects/{prospectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Prospects_get"];
        put?: never;
        post?: never;
        delete: operations["Prospects_remove"];
        options?: never;
        head?: never;
        patch: operations["Prospects_update"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/prospects/{prospectId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Prospects_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/prospects/{prospectId}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Prospects_addConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/prospects/{prospectId}/consultations/{consultationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Prospects_removeConsultation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/framing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Framing_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/problem-statement/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Framing_saveProblemStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/problem-statement/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Framing_problemVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/problem-statement/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Framing_agreeProblemStatement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/visions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Framing_addVision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/visions/{visionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Framing_removeVision"];
        options?: never;
        head?: never;
        patch: operations["Framing_updateVision"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Plans_list"];
        put?: never;
        post: operations["Plans_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Plans_get"];
        put?: never;
        post?: never;
        delete: operations["Plans_remove"];
        options?: never;
        head?: never;
        patch: operations["Plans_update"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans/{planId}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Plans_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans/{planId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Plans_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans/{planId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Plans_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans/{planId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Plans_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans/{planId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Plans_addAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Plans_actionsNeedingAttention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Plans_getAction"];
        put?: never;
        post?: never;
        delete: operations["Plans_removeAction"];
        options?: never;
        head?: never;
        patch: operations["Plans_updateAction"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/actions/{actionId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Plans_updateActionStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/my-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Plans_myActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/working-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WorkingGroups_list"];
        put?: never;
        post: operations["WorkingGroups_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/working-groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["WorkingGroups_update"];
        post?: never;
        delete: operations["WorkingGroups_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/selection/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Selection_criteria"];
        put: operations["Selection_saveCriteria"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/selection/do-no-harm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Selection_doNoHarm"];
        put: operations["Selection_saveDoNoHarm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/selection/do-no-harm/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Selection_completeDoNoHarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/concept-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConceptNote_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/concept-note/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConceptNote_versions"];
        put?: never;
        post: operations["ConceptNote_save"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/concept-note/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConceptNote_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcessInvitations_list"];
        put?: never;
        post: operations["ProcessInvitations_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ProcessInvitations_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/demographics/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Inclusion_mine"];
        put: operations["Inclusion_saveMine"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Inclusion_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Initiation_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/key-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Initiation_keyQuestions"];
        put: operations["Initiation_saveKeyQuestions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/hosting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Initiation_hosting"];
        put: operations["Initiation_saveHosting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/mou": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Initiation_mou"];
        put: operations["Initiation_saveMou"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/reality-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Initiation_realityCheck"];
        put: operations["Initiation_saveRealityCheck"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/champions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Champions_list"];
        put?: never;
        post: operations["Champions_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/champions/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Champions_replace"];
        post?: never;
        delete: operations["Champions_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/core-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CoreGroup_list"];
        put?: never;
        post: operations["CoreGroup_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/core-group/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CoreGroup_replace"];
        post?: never;
        delete: operations["CoreGroup_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/facilitation-resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FacilitationResources_list"];
        put?: never;
        post: operations["FacilitationResources_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/facilitation-resources/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["FacilitationResources_replace"];
        post?: never;
        delete: operations["FacilitationResources_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/cost-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CostLines_list"];
        put?: never;
        post: operations["CostLines_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/cost-lines/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CostLines_replace"];
        post?: never;
        delete: operations["CostLines_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/funding-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingSources_list"];
        put?: never;
        post: operations["FundingSources_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/funding-sources/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["FundingSources_replace"];
        post?: never;
        delete: operations["FundingSources_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/my-checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Checklists_mine"];
        put: operations["Checklists_saveMine"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Checklists_statuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation/checklists/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Checklists_shared"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarFeed_status"];
        put?: never;
        post: operations["CalendarFeed_create"];
        delete: operations["CalendarFeed_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/calendar-feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CalendarFeed_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feeds/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarFeedPublic_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans/{planId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Milestones_listForPlan"];
        put?: never;
        post: operations["Milestones_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Milestones_listForProcess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Milestones_get"];
        put?: never;
        post?: never;
        delete: operations["Milestones_remove"];
        options?: never;
        head?: never;
        patch: operations["Milestones_update"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/milestones/{milestoneId}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Milestones_recordValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/actions/{actionId}/cost-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Costs_list"];
        put?: never;
        post: operations["Costs_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/cost-lines/{costLineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Costs_remove"];
        options?: never;
        head?: never;
        patch: operations["Costs_update"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans/{planId}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Costs_planTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/actions/{actionId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Progress_list"];
        put?: never;
        post: operations["Progress_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/plans/{planId}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlanExport_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/report-backs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportBacks_schedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/report-backs/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportBacks_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Dashboard_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Notifications_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Notifications_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_preferences"];
        put: operations["Notifications_savePreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Home_todo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Meetings_list"];
        put?: never;
        post: operations["Meetings_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Meetings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Meetings_update"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Meetings_invitations"];
        put?: never;
        post: operations["Meetings_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/invitations/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Meetings_uninvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/rsvp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_rsvp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/attendance-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_attendanceCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Meetings_attendance"];
        put?: never;
        post: operations["Meetings_recordAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/attendance/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Meetings_removeAttendance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Meetings_minutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/minutes/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_addStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/minutes/statements/{statementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Meetings_deleteStatement"];
        options?: never;
        head?: never;
        patch: operations["Meetings_editStatement"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/minutes/statements/{statementId}/quote-me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_quoteMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/minutes/action-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_addActionPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/minutes/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/minutes/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings/{meetingId}/minutes/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Meetings_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/decision-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Decisions_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/decision-rules/{questionKind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Decisions_setRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Decisions_list"];
        put?: never;
        post: operations["Decisions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/decisions/{decisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Decisions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Decisions_update"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/decisions/{decisionId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Decisions_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/decisions/{decisionId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Decisions_recordOutcome"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/decisions/{decisionId}/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Decisions_takePosition"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/decisions/{decisionId}/ballot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Decisions_castBallot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Decisions_objections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/objections/{objectionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Decisions_answerObjection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/processes/{processId}/objections/{objectionId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Decisions_withdrawObjection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthDto: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "up";
        };
        FieldErrorDto: {
            /** @example title */
            field: string;
            /**
             * @description Why the field was refused, stable: one of FIELD_ERROR_CODES (libs/domain/src/errors.ts)
             * @example maxLength
             */
            code: string;
            /**
             * @description What a translated message needs
             * @example {
             *       "max": 200
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /**
             * @description In English
             * @example title must be shorter than or equal to 200 characters
             */
            message: string;
        };
        ProblemDto: {
            /** @example /problems/validation */
            type: string;
            /** @example Invalid input */
            title: string;
            /** @example 400 */
            status: number;
            detail: string;
            /**
             * @description Stable machine-readable code: one of PROBLEM_CODES (libs/domain/src/errors.ts)
             * @example VALIDATION
             */
            code: string;
            /**
             * @description For INVALID_INPUT: why, one of INPUT_ERROR_REASONS
             * @example sameEmail
             */
            reason?: string;
            /**
             * @description What a translated message needs
             * @example {
             *       "max": 200
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description On 409: the object as it is now */
            current?: Record<string, never>;
        };
        AuditEventDto: {
            /** @description Position in the workspace chain, from 1 */
            seq: number;
            /** Format: uuid */
            processId: string | null;
            /**
             * Format: uuid
             * @description Null when the event is anonymous
             */
            actorId: string | null;
            /** @description The actor's display name; null when anonymous */
            actorName: string | null;
            /** @enum {string} */
            objectType: "workspace" | "invitation" | "workspace_member" | "process" | "process_member" | "charter_version" | "charter_signature" | "charter_decline" | "charter_comment" | "charter_amendment" | "charter_rule" | "ground_rule" | "ground_rule_comment" | "accountability_entry" | "grievance_procedure" | "confidentiality_regime" | "action" | "action_plan" | "calendar_feed" | "concept_note" | "consultation" | "cost_line" | "demographics" | "do_no_harm" | "key_questions" | "milestone" | "milestone_value" | "participant_checklist" | "problem_statement" | "progress_update" | "prospect" | "report_back" | "selection_criteria" | "stakeholder" | "stakeholder_group" | "vision" | "working_group" | "champion" | "core_group_member" | "facilitation_resource" | "initiation_cost_line" | "funding_source" | "hosting" | "mou" | "reality_check" | "relationship" | "notification_preferences" | "meeting" | "meeting_invitation" | "meeting_attendance" | "minutes" | "minutes_statement" | "minutes_action_point" | "minutes_review" | "decision" | "decision_position" | "decision_ballot" | "decision_rule" | "objection";
            action: string;
            objectId: string;
            /** @description What changed: ids, field names, statuses, versions */
            payload: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            occurredAt: string;
        };
        AuditEventListDto: {
            items: components["schemas"]["AuditEventDto"][];
            nextCursor: string | null;
        };
        AuditVerificationDto: {
            /** @description Every event up to the head recomputes to its stored hash */
            intact: boolean;
            /** @description The last event that checks out (0: none) */
            upTo: number;
            /** @description The first event that does not */
            brokenAt: number | null;
            /** @description Why it does not, in English */
            reason: string | null;
            /**
             * @description Why it does not, as a code screens translate
             * @enum {string|null}
             */
            problem: "event_missing" | "not_following" | "body_mismatch" | "columns_differ" | "head_mismatch" | null;
        };
        /**
         * @description The person’s language; null until chosen.
         * @enum {string}
         */
        Locale: "en" | "fr" | "es" | "ar";
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @description The person’s language; null until chosen. */
            locale: components["schemas"]["Locale"] | null;
            /**
             * @description The person’s own IANA time zone; null until chosen (then the browser’s).
             * @example Africa/Nairobi
             */
            timeZone: string | null;
        };
        SessionDto: {
            user: components["schemas"]["UserDto"] | null;
            /** @description Send as X-CSRF-Token on every write. */
            csrfToken: string;
            /** @description The password was right; send the two-factor code to POST /api/v1/auth/two-factor to finish signing in. */
            twoFactorPending: boolean;
        };
        SignUpDto: {
            /** @example amina@example.org */
            email: string;
            password: string;
            /** @example Amina Yusuf */
            displayName: string;
            /** @description The language the person signed up in; kept on the account. */
            locale?: components["schemas"]["Locale"];
        };
        SignInDto: {
            email: string;
            password: string;
        };
        TwoFactorCodeDto: {
            /** @description The six digits of the authenticator app, or an unused recovery code */
            code: string;
        };
        TwoFactorStatusDto: {
            enabled: boolean;
            /** Format: date-time */
            enabledAt: string | null;
            /** @description Recovery codes not used yet */
            recoveryCodesLeft: number;
        };
        TwoFactorEnrolmentDto: {
            /** @description The secret in base32, to type into an app that cannot scan; shown only during enrolment */
            secret: string;
            /** @description The otpauth:// URI the QR code holds */
            otpauthUri: string;
            /** @description The QR code as an SVG data URL */
            qrCode: string;
        };
        RecoveryCodesDto: {
            /** @description Shown once: only their hashes are kept */
            recoveryCodes: string[];
        };
        TwoFactorProofDto: {
            /** @description A code from the app, or a recovery code */
            code?: string;
            password?: string;
        };
        AccountDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @description The person’s language; null until chosen. */
            locale: components["schemas"]["Locale"] | null;
            /**
             * @description The person’s own IANA time zone; null until chosen.
             * @example Africa/Nairobi
             */
            timeZone: string | null;
            /** @description A new address waiting for its confirmation link to be opened. */
            pendingEmail: string | null;
        };
        UpdateProfileDto: {
            /** @example Amina Yusuf */
            displayName: string;
        };
        SetLocaleDto: {
            /** @example fr */
            locale: components["schemas"]["Locale"];
        };
        SetTimeZoneDto: {
            /**
             * @description An IANA time zone, or null to use the device’s zone again.
             * @example Africa/Nairobi
             */
            timeZone: string | null;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ChangeEmailDto: {
            /** @example amina@example.org */
            newEmail: string;
            currentPassword: string;
        };
        EmailChangeRequestedDto: {
            pendingEmail: string;
            /** Format: date-time */
            expiresAt: string;
        };
        ConfirmEmailDto: {
            /** @description The token from the link in the mail. */
            token: string;
        };
        EmailConfirmedDto: {
            email: string;
        };
        ForgotPasswordDto: {
            /** @example amina@example.org */
            email: string;
        };
        AcceptedDto: {
            message: string;
        };
        ResetPasswordDto: {
            /** @description The token from the link in the mail. */
            token: string;
            password: string;
        };
        AccountSessionDto: {
            /** Format: uuid */
            id: string;
            /** @example Chromium on Linux */
            device: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastActiveAt: string;
            /** @description The session this request came from. */
            current: boolean;
        };
        AccountSessionListDto: {
            items: components["schemas"]["AccountSessionDto"][];
        };
        SessionsEndedDto: {
            ended: number;
        };
        /** @enum {string} */
        AccountEventKind: "password_reset_requested" | "password_reset" | "password_changed" | "name_changed" | "locale_changed" | "time_zone_changed" | "email_change_requested" | "email_changed" | "session_revoked" | "other_sessions_revoked" | "new_device_signed_in" | "two_factor_enrolment_started" | "two_factor_enabled" | "two_factor_disabled" | "two_factor_recovery_codes_renewed" | "two_factor_recovery_code_used";
        AccountEventDto: {
            id: string;
            kind: components["schemas"]["AccountEventKind"];
            device: string | null;
            /** Format: date-time */
            occurredAt: string;
        };
        AccountEventListDto: {
            items: components["schemas"]["AccountEventDto"][];
        };
        WorkspaceSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
        };
        WorkspaceListDto: {
            items: components["schemas"]["WorkspaceSummaryDto"][];
        };
        CreateWorkspaceDto: {
            /** @example Centre for Dialogue */
            name: string;
        };
        WorkspaceDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            version: number;
            /** @description Conveners and facilitators must have two-factor sign-in on to work in the workspace */
            requireTwoFactorForLeads: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        RenameWorkspaceDto: {
            /** @example Centre for Dialogue */
            name: string;
            /** @description The version you edited; a stale one gets 409. */
            version: number;
        };
        WorkspaceSecurityDto: {
            /** @description Require two-factor sign-in of the conveners and facilitators of the workspace’s processes */
            requireTwoFactorForLeads: boolean;
        };
        WorkspaceMemberDto: {
            /** Format: uuid */
            userId: string;
            /** @description Only for roles granted workspace.members.contact */
            email?: string;
            displayName: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** Format: date-time */
            joinedAt: string;
        };
        WorkspaceMemberListDto: {
            items: components["schemas"]["WorkspaceMemberDto"][];
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
            invitedBy: string;
            /** @description Only when the invitation e-mail failed: the link, for the inviter to pass on by another way. */
            acceptUrl?: string;
            /**
             * @description The invitation e-mail's delivery: queued when just created. The link itself goes only to the invitee.
             * @enum {string}
             */
            mailStatus?: "queued" | "sent" | "failed";
        };
        InvitationListDto: {
            items: components["schemas"]["InvitationDto"][];
        };
        CreateInvitationDto: {
            /** @example colleague@example.org */
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
        };
        ChangeMemberRoleDto: {
            /** @enum {string} */
            role: "owner" | "admin" | "member";
        };
        InvitationPreviewDto: {
            workspaceName: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** Format: date-time */
            expiresAt: string;
            /** @description The process the invitation is to, if any */
            processTitle: string | null;
            /**
             * @description The role in that process
             * @enum {string|null}
             */
            processRole: "participant" | "alternate" | "observer" | "facilitator" | "secretariat" | "co_convener" | null;
        };
        AcceptedInvitationDto: {
            /** Format: uuid */
            workspaceId: string;
            /**
             * Format: uuid
             * @description The process joined, for a process invitation
             */
            processId: string | null;
        };
        ProcessSummaryDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            level: "local" | "regional" | "national";
            /** @enum {string} */
            phase: "initiate" | "design" | "acquaint" | "agree" | "implement" | "exit";
            /** @enum {string} */
            status: "active" | "archived";
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string|null} */
            myRole: "convener" | "facilitator" | "secretariat" | "participant" | "observer" | null;
        };
        ProcessListDto: {
            items: components["schemas"]["ProcessSummaryDto"][];
            nextCursor: string | null;
        };
        CreateProcessDto: {
            /** @example National Security Dialogue */
            title: string;
            /** @description Purpose and mandate */
            purpose?: string | null;
            /** @enum {string} */
            level: "local" | "regional" | "national";
            /** @description Coordination Wheel areas the process covers */
            wheelAreas: ("joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation")[];
            /**
             * @description Target level of local ownership
             * @enum {string}
             */
            ownershipTarget: "information_sharing" | "dialogue_consultation" | "joint_implementation" | "joint_oversight";
            /** @example Africa/Nairobi */
            timezone: string;
            /**
             * @description The language of the process’s documents (the charter PDF)
             * @default en
             * @enum {string}
             */
            language: "en" | "fr" | "es" | "ar";
        };
        ProcessDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workspaceId: string;
            title: string;
            purpose: string | null;
            /** @enum {string} */
            level: "local" | "regional" | "national";
            wheelAreas: ("joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation")[];
            /** @enum {string} */
            ownershipTarget: "information_sharing" | "dialogue_consultation" | "joint_implementation" | "joint_oversight";
            timezone: string;
            /**
             * @description The language of the process’s documents
             * @enum {string}
             */
            language: "en" | "fr" | "es" | "ar";
            /** @enum {string} */
            phase: "initiate" | "design" | "acquaint" | "agree" | "implement" | "exit";
            /** @enum {string} */
            status: "active" | "archived";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            archivedAt: string | null;
            /**
             * @description Your role in the process
             * @enum {string|null}
             */
            myRole: "convener" | "facilitator" | "secretariat" | "participant" | "observer" | null;
            /**
             * @description Your role in the workspace
             * @enum {string}
             */
            workspaceRole: "owner" | "admin" | "member";
        };
        UpdateProcessDto: {
            /** @example National Security Dialogue */
            title?: string;
            /** @description Purpose and mandate */
            purpose?: string | null;
            /** @enum {string} */
            level?: "local" | "regional" | "national";
            /** @description Coordination Wheel areas the process covers */
            wheelAreas?: ("joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation")[];
            /**
             * @description Target level of local ownership
             * @enum {string}
             */
            ownershipTarget?: "information_sharing" | "dialogue_consultation" | "joint_implementation" | "joint_oversight";
            /** @example Africa/Nairobi */
            timezone?: string;
            /**
             * @description The language of the process’s documents (the charter PDF)
             * @enum {string}
             */
            language?: "en" | "fr" | "es" | "ar";
            /** @description The version you edited; a stale one gets 409. */
            version: number;
        };
        ArchiveProcessDto: {
            version: number;
        };
        GateDto: {
            id: string;
            /** @description The English name; screens name the gate by id */
            label: string;
            /** @enum {string} */
            status: "met" | "unmet" | "not_measurable";
            /** @description The English sentence; screens say code with params */
            detail: string;
            /**
             * @description Which sentence the detail is, for screens to say in their language
             * @enum {string}
             */
            code: "not_yet_measurable" | "purpose_written" | "purpose_missing" | "leadership_enough" | "leadership_short" | "criteria_written" | "criteria_missing" | "do_no_harm_not_started" | "do_no_harm_in_progress" | "do_no_harm_answered" | "do_no_harm_complete" | "indispensable_unrepresented" | "indispensable_none" | "indispensable_all_represented" | "ground_rules_adopted" | "ground_rules_missing" | "charter_in_force" | "charter_missing" | "charter_not_adopted" | "accountability_no_participants" | "accountability_complete" | "accountability_missing" | "grievance_recorded" | "grievance_missing" | "plan_missing" | "plan_complete" | "plan_gaps";
            /** @description What the sentence names: counts, a phase, and the names of groups (`groups`, a list) */
            params: {
                [key: string]: unknown;
            };
        };
        ReadinessDto: {
            /** @enum {string} */
            phase: "initiate" | "design" | "acquaint" | "agree" | "implement" | "exit";
            /** @enum {string|null} */
            nextPhase: "initiate" | "design" | "acquaint" | "agree" | "implement" | "exit" | null;
            /** @description The checks for entering nextPhase */
            gates: components["schemas"]["GateDto"][];
        };
        RecordedGateDto: {
            id: string;
            /** @description The English name; screens name the gate by id */
            label: string;
            /** @enum {string} */
            status: "met" | "unmet" | "not_measurable";
            /** @description The English sentence; screens say code with params */
            detail: string;
        };
        ActorDto: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        TransitionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            fromPhase: "initiate" | "design" | "acquaint" | "agree" | "implement" | "exit";
            /** @enum {string} */
            toPhase: "initiate" | "design" | "acquaint" | "agree" | "implement" | "exit";
            /** @enum {string} */
            kind: "advance" | "override" | "step_back";
            reason: string | null;
            overriddenGates: components["schemas"]["RecordedGateDto"][];
            actor: components["schemas"]["ActorDto"];
            /** Format: date-time */
            createdAt: string;
        };
        TransitionListDto: {
            items: components["schemas"]["TransitionDto"][];
        };
        CreateTransitionDto: {
            /** @enum {string} */
            toPhase: "initiate" | "design" | "acquaint" | "agree" | "implement" | "exit";
            /** @description The process version you saw */
            version: number;
            /** @description Required to override failing readiness checks */
            justification?: string;
            /** @description Required to step back */
            reason?: string;
        };
        TransitionResultDto: {
            process: components["schemas"]["ProcessDto"];
            transition: components["schemas"]["TransitionDto"];
        };
        ProcessMemberDto: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @description Only for roles granted process.members.contact */
            email?: string;
            /** @enum {string} */
            role: "convener" | "facilitator" | "secretariat" | "participant" | "observer";
            /**
             * Format: uuid
             * @description The stakeholder group represented
             */
            stakeholderGroupId: string | null;
            /**
             * Format: uuid
             * @description The participant this person stands in for
             */
            alternateFor: string | null;
            /** Format: date-time */
            addedAt: string;
        };
        ProcessMemberListDto: {
            items: components["schemas"]["ProcessMemberDto"][];
        };
        AddProcessMemberDto: {
            /** @enum {string} */
            role: "convener" | "facilitator" | "secretariat" | "participant" | "observer";
            /**
             * Format: uuid
             * @description A member of the workspace
             */
            userId: string;
        };
        ChangeProcessMemberRoleDto: {
            /** @enum {string} */
            role: "convener" | "facilitator" | "secretariat" | "participant" | "observer";
        };
        CharterVersionSummaryDto: {
            /** Format: uuid */
            id: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "proposed" | "adopted" | "superseded";
            contentHash: string | null;
            version: number;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            adoptedAt: string | null;
        };
        RatificationDto: {
            inForce: boolean;
            signed: number;
            active: number;
            required: number;
            missing: string[];
            /** @description Names of the indispensable groups still without a signature */
            missingGroups: string[];
            /** @description This many of every shareDenominator active participants must sign */
            shareNumerator: number;
            shareDenominator: number;
            everyIndispensableGroup: boolean;
        };
        CharterOverviewDto: {
            /** @description Newest first */
            versions: components["schemas"]["CharterVersionSummaryDto"][];
            /** @description Of the adopted version; null when none is adopted */
            ratification: components["schemas"]["RatificationDto"] | null;
        };
        CreateCharterVersionDto: {
            /**
             * Format: uuid
             * @description Start from this earlier version instead of the template
             */
            fromVersionId?: string;
        };
        CharterSectionsDto: {
            /** @description Goal and mandate: What the process seeks to achieve, and how it relates to other initiatives. */
            goal_mandate?: string;
            /** @description Stakeholder groups and representatives: Who represents which group, alternates, gender balance and spread. */
            stakeholder_groups?: string;
            /** @description Roles and responsibilities: Of participants, the third-party facilitator and the coordinator or secretariat. */
            roles?: string;
            /** @description Changing or adding participants: How people join, leave or are replaced. */
            changing_participants?: string;
            /** @description Press and media: Who may speak to the press, and on what terms. */
            press_media?: string;
            /** @description Observers: Who may observe, and what they may see and say. */
            observers?: string;
            /** @description Reporting to constituencies: How participants report back to those they represent. */
            constituency_reporting?: string;
            /** @description Decision-making: In the dialogue and within groups: consensus, straw poll, or vote with quorum. */
            decision_making?: string;
            /** @description Dispute and grievance resolution: How disagreements and complaints are handled. */
            dispute_grievance?: string;
            /** @description Conflict of interest: What must be declared, and what follows. */
            conflict_of_interest?: string;
            /** @description Documenting meetings and tracking agreements: Minutes, confidentiality of records, follow-up of agreements. */
            documentation?: string;
            /** @description Reviewing the charter: When and how the group reviews these rules. */
            review?: string;
            /** @description Schedule of meetings and tasks: The calendar the group commits to. */
            schedule?: string;
        };
        CharterContentDto: {
            sections: components["schemas"]["CharterSectionsDto"];
            /** @description What a signer agrees to; shown at signing and bound by the hash */
            consentStatement: string;
            /** @description Whether an alternate may sign for the participant they stand in for */
            alternatesMaySign: boolean;
        };
        CharterVersionDto: {
            /** Format: uuid */
            id: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "proposed" | "adopted" | "superseded";
            contentHash: string | null;
            version: number;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            adoptedAt: string | null;
            content: components["schemas"]["CharterContentDto"];
            /** Format: uuid */
            basedOn: string | null;
        };
        UpdateCharterVersionDto: {
            content: components["schemas"]["CharterContentDto"];
            /** @description The version counter you edited; a stale one gets 409 with the current draft */
            version: number;
        };
        CharterVersionActionDto: {
            version: number;
        };
        CharterSignatureDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            signerId: string;
            signerName: string;
            /** Format: uuid */
            onBehalfOf: string;
            contentHash: string;
            consentStatement: string;
            /** Format: date-time */
            signedAt: string;
        };
        CharterSignatureListDto: {
            items: components["schemas"]["CharterSignatureDto"][];
        };
        SignCharterDto: {
            /**
             * Format: uuid
             * @description As an alternate, the participant you sign for (when the charter allows alternates to sign)
             */
            onBehalfOf?: string;
        };
        CharterVerificationDto: {
            storedHash: string | null;
            recomputedHash: string;
            matches: boolean;
            /** @description Signatures whose recorded hash equals the recomputed one */
            signaturesMatching: number;
            signatures: number;
        };
        PersonDto: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        CharterCommentDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            sectionKey: "goal_mandate" | "stakeholder_groups" | "roles" | "changing_participants" | "press_media" | "observers" | "constituency_reporting" | "decision_making" | "dispute_grievance" | "conflict_of_interest" | "documentation" | "review" | "schedule";
            body: string;
            author: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
        };
        CharterCommentListDto: {
            items: components["schemas"]["CharterCommentDto"][];
        };
        CreateCharterCommentDto: {
            /** @enum {string} */
            sectionKey: "goal_mandate" | "stakeholder_groups" | "roles" | "changing_participants" | "press_media" | "observers" | "constituency_reporting" | "decision_making" | "dispute_grievance" | "conflict_of_interest" | "documentation" | "review" | "schedule";
            body: string;
        };
        CharterAmendmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            versionId: string;
            /** @enum {string} */
            sectionKey: "goal_mandate" | "stakeholder_groups" | "roles" | "changing_participants" | "press_media" | "observers" | "constituency_reporting" | "decision_making" | "dispute_grievance" | "conflict_of_interest" | "documentation" | "review" | "schedule";
            proposedText: string;
            rationale: string | null;
            /** @enum {string} */
            status: "open" | "accepted" | "rejected";
            decisionReason: string | null;
            author: components["schemas"]["PersonDto"];
            decidedBy: components["schemas"]["PersonDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        CharterAmendmentListDto: {
            items: components["schemas"]["CharterAmendmentDto"][];
        };
        CreateCharterAmendmentDto: {
            /** @enum {string} */
            sectionKey: "goal_mandate" | "stakeholder_groups" | "roles" | "changing_participants" | "press_media" | "observers" | "constituency_reporting" | "decision_making" | "dispute_grievance" | "conflict_of_interest" | "documentation" | "review" | "schedule";
            /** @description The text suggested for the whole section */
            proposedText: string;
            rationale?: string;
        };
        DecideAmendmentDto: {
            /** @description Required when rejecting */
            reason?: string;
        };
        DeclineCharterDto: {
            /** @description Visible to conveners and facilitators */
            reason: string;
        };
        BoardRowDto: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            role: string;
            /** @description The stakeholder group represented */
            group: string | null;
            /**
             * Format: uuid
             * @description The participant this person stands in for
             */
            alternateFor: string | null;
            /** @description Who signed, when an alternate signed for this participant */
            signedBy: string | null;
            /** @enum {string} */
            status: "signed" | "declined" | "pending";
            /** Format: date-time */
            signedAt: string | null;
            /** @description Only for conveners and facilitators */
            declineReason: string | null;
        };
        CharterBoardDto: {
            ratification: components["schemas"]["RatificationDto"];
            rows: components["schemas"]["BoardRowDto"][];
        };
        RatificationRuleDto: {
            everyIndispensableGroup: boolean;
            shareNumerator: number;
            shareDenominator: number;
        };
        GroundRuleChangeDto: {
            text: string;
            /** @enum {string} */
            status: "proposed" | "adopted" | "retired";
            changedBy: components["schemas"]["PersonDto"];
            /** Format: date-time */
            changedAt: string;
            note: string | null;
        };
        GroundRuleDto: {
            /** Format: uuid */
            id: string;
            text: string;
            /** @enum {string} */
            status: "proposed" | "adopted" | "retired";
            position: number;
            proposedBy: components["schemas"]["PersonDto"];
            /** Format: date-time */
            adoptedAt: string | null;
            decision: string | null;
            version: number;
            /** @description Oldest first */
            history: components["schemas"]["GroundRuleChangeDto"][];
        };
        GroundRuleListDto: {
            items: components["schemas"]["GroundRuleDto"][];
            /** @description The sample ground rules of Lesson 11 */
            samples: string[];
        };
        ProposeGroundRuleDto: {
            text: string;
        };
        AdoptGroundRulesDto: {
            ruleIds: string[];
            /** @example Adopted by consensus at the first plenary */
            decision: string;
        };
        AmendGroundRuleDto: {
            text: string;
            version: number;
            note?: string;
        };
        RetireGroundRuleDto: {
            version: number;
            note: string;
        };
        GroundRuleCommentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ruleId: string;
            body: string;
            author: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
        };
        GroundRuleCommentListDto: {
            items: components["schemas"]["GroundRuleCommentDto"][];
        };
        CreateGroundRuleCommentDto: {
            body: string;
        };
        AccountabilityEntryDto: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            accountableTo: string | null;
            constituency: string | null;
            channel: string | null;
            /** @enum {string|null} */
            frequency: "weekly" | "fortnightly" | "monthly" | "quarterly" | "after_each_meeting" | null;
            /** Format: date-time */
            lastReportedAt: string | null;
            /**
             * Format: date-time
             * @description Next report-back due
             */
            nextDueAt: string | null;
            complete: boolean;
            version: number | null;
        };
        AccountabilityMapDto: {
            /** @description One per active participant */
            items: components["schemas"]["AccountabilityEntryDto"][];
            /** @description Active participants without an entry */
            missing: number;
        };
        SaveAccountabilityDto: {
            /** @example Ministry of Interior, Police Directorate */
            accountableTo: string;
            /** @example District police officers */
            constituency: string;
            /** @example Monthly briefing at the station */
            channel: string;
            /** @enum {string} */
            frequency: "weekly" | "fortnightly" | "monthly" | "quarterly" | "after_each_meeting";
            /**
             * Format: date-time
             * @description When they last reported back
             */
            lastReportedAt?: string;
            /** @description The entry version you edited; omit when creating */
            version?: number;
        };
        GrievanceProcedureDto: {
            handlers: string | null;
            acknowledgeDays: number | null;
            respondDays: number | null;
            escalationPath: string | null;
            appealProcedure: string | null;
            inactiveParticipantProcedure: string | null;
            underminingBehaviourProcedure: string | null;
            /** @description 0 when none is recorded yet */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
        };
        SaveGrievanceProcedureDto: {
            handlers: string;
            acknowledgeDays: number;
            respondDays: number;
            escalationPath: string;
            appealProcedure: string;
            inactiveParticipantProcedure: string;
            underminingBehaviourProcedure: string;
            /** @description 0 when none is recorded yet */
            version: number;
        };
        ConfidentialityDto: {
            /** @enum {string} */
            defaultMode: "on_the_record" | "chatham_house" | "off_the_record";
            mediaSpokespeople: string;
            externalCommunication: string;
            version: number;
        };
        SaveConfidentialityDto: {
            /** @enum {string} */
            defaultMode: "on_the_record" | "chatham_house" | "off_the_record";
            /** @description Who may speak to the press */
            mediaSpokespeople: string;
            externalCommunication: string;
            /** @description 0 when none is recorded yet */
            version: number;
        };
        StakeholderGroupDto: {
            /** Format: uuid */
            id: string;
            name: string;
            indispensable: boolean;
            position: number;
            /** @description Participants who represent this group */
            participants: number;
        };
        StakeholderGroupListDto: {
            items: components["schemas"]["StakeholderGroupDto"][];
            /** @description Indispensable groups without a participant */
            unrepresented: string[];
        };
        CreateStakeholderGroupDto: {
            /** @example Police */
            name: string;
            /**
             * @description The process is not legitimate without a representative of this group
             * @default false
             */
            indispensable: boolean;
        };
        UpdateStakeholderGroupDto: {
            name?: string;
            indispensable?: boolean;
        };
        SetAlternateDto: {
            /**
             * Format: uuid
             * @description The participant this person stands in for; null: nobody
             */
            alternateFor: string | null;
        };
        SetMemberGroupDto: {
            /**
             * Format: uuid
             * @description null: represents no group
             */
            stakeholderGroupId: string | null;
        };
        NamedRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ContactPointViewDto: {
            /** @enum {string} */
            kind: "email" | "phone" | "other";
            value: string;
            note: string | null;
        };
        StakeholderDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "organisation" | "individual";
            name: string;
            group: components["schemas"]["NamedRefDto"] | null;
            influence: number;
            interest: number;
            /** @enum {string} */
            stance: "supportive" | "neutral" | "opposed" | "unknown";
            /**
             * @description Strategy of the influence/interest grid
             * @enum {string}
             */
            quadrant: "manage_closely" | "keep_satisfied" | "keep_informed" | "monitor";
            notes: string | null;
            /** @description Personal data: present only for conveners and facilitators of the process; absent for everyone else. */
            contactPoints?: components["schemas"]["ContactPointViewDto"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        StakeholderListDto: {
            /** @description Items matching the filters, on all pages */
            total: number;
            page: number;
            limit: number;
            items: components["schemas"]["StakeholderDto"][];
        };
        ContactPointDto: {
            /** @enum {string} */
            kind: "email" | "phone" | "other";
            /** @example desk@police.example */
            value: string;
            /** @example Office hours only */
            note?: string | null;
        };
        CreateStakeholderDto: {
            /** @enum {string} */
            kind: "organisation" | "individual";
            /** @example District police command */
            name: string;
            /**
             * Format: uuid
             * @description A stakeholder group of this process
             */
            groupId?: string | null;
            /** @description Power to shape the process or the conflict, 1-5 */
            influence: number;
            /** @description Stake in the issue, 1-5 */
            interest: number;
            /** @enum {string} */
            stance: "supportive" | "neutral" | "opposed" | "unknown";
            notes?: string | null;
            /** @description Personal data: present only for conveners and facilitators of the process; absent for everyone else. Only they may send it. */
            contactPoints?: components["schemas"]["ContactPointDto"][];
        };
        RelationshipDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description A dependency reads "from depends on to"; the other kinds are mutual
             * @enum {string}
             */
            kind: "alliance" | "tension" | "conflict" | "dependency";
            strength: number;
            note: string | null;
            from: components["schemas"]["NamedRefDto"];
            to: components["schemas"]["NamedRefDto"];
            /** Format: date-time */
            updatedAt: string;
        };
        LinkedProspectDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "prospective" | "consulted" | "invited" | "active" | "declined" | "withdrawn";
        };
        StakeholderDetailDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "organisation" | "individual";
            name: string;
            group: components["schemas"]["NamedRefDto"] | null;
            influence: number;
            interest: number;
            /** @enum {string} */
            stance: "supportive" | "neutral" | "opposed" | "unknown";
            /**
             * @description Strategy of the influence/interest grid
             * @enum {string}
             */
            quadrant: "manage_closely" | "keep_satisfied" | "keep_informed" | "monitor";
            notes: string | null;
            /** @description Personal data: present only for conveners and facilitators of the process; absent for everyone else. */
            contactPoints?: components["schemas"]["ContactPointViewDto"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every relationship with this stakeholder at either end */
            relationships: components["schemas"]["RelationshipDto"][];
            /** @description Prospective participants linked to this stakeholder */
            prospects: components["schemas"]["LinkedProspectDto"][];
        };
        UpdateStakeholderDto: {
            /** @enum {string} */
            kind?: "organisation" | "individual";
            /** @example District police command */
            name?: string;
            /**
             * Format: uuid
             * @description A stakeholder group of this process
             */
            groupId?: string | null;
            /** @description Power to shape the process or the conflict, 1-5 */
            influence?: number;
            /** @description Stake in the issue, 1-5 */
            interest?: number;
            /** @enum {string} */
            stance?: "supportive" | "neutral" | "opposed" | "unknown";
            notes?: string | null;
            /** @description Personal data: present only for conveners and facilitators of the process; absent for everyone else. Only they may send it. */
            contactPoints?: components["schemas"]["ContactPointDto"][];
            /** @description The version you edited; a stale one gets 409 with the current object. */
            version: number;
        };
        RelationshipListDto: {
            /** @description Items matching the filters, on all pages */
            total: number;
            page: number;
            limit: number;
            items: components["schemas"]["RelationshipDto"][];
        };
        CreateRelationshipDto: {
            /** Format: uuid */
            fromId: string;
            /** Format: uuid */
            toId: string;
            /**
             * @description dependency: "from depends on to"
             * @enum {string}
             */
            kind: "alliance" | "tension" | "conflict" | "dependency";
            /** @description 1 weak, 2 moderate, 3 strong */
            strength: number;
            note?: string | null;
        };
        UpdateRelationshipDto: {
            /**
             * @description dependency: "from depends on to"
             * @enum {string}
             */
            kind?: "alliance" | "tension" | "conflict" | "dependency";
            /** @description 1 weak, 2 moderate, 3 strong */
            strength?: number;
            note?: string | null;
        };
        MapGroupDto: {
            /** Format: uuid */
            id: string;
            name: string;
            indispensable: boolean;
        };
        MapStakeholderDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "organisation" | "individual";
            /** @description Index into `groups`, or null */
            group: number | null;
            influence: number;
            interest: number;
            /** @enum {string} */
            stance: "supportive" | "neutral" | "opposed" | "unknown";
        };
        MapRelationshipDto: {
            /** @description Index into `stakeholders` */
            from: number;
            /** @description Index into `stakeholders` */
            to: number;
            /** @enum {string} */
            kind: "alliance" | "tension" | "conflict" | "dependency";
            strength: number;
        };
        MapLimitsDto: {
            stakeholders: number;
            relationships: number;
        };
        StakeholderMapDto: {
            groups: components["schemas"]["MapGroupDto"][];
            /** @description Ordered by name */
            stakeholders: components["schemas"]["MapStakeholderDto"][];
            relationships: components["schemas"]["MapRelationshipDto"][];
            /** @description Groups of the process with no stakeholder in the register yet */
            unmappedGroups: string[];
            /** @description The most a process holds; adding more is refused with 409 REGISTER_FULL */
            limits: components["schemas"]["MapLimitsDto"];
            /** @description Never true while the limits hold; kept so a client can tell if a list was cut */
            truncated: boolean;
        };
        ProspectDto: {
            /** Format: uuid */
            id: string;
            name: string;
            organisation: string | null;
            stakeholder: components["schemas"]["NamedRefDto"] | null;
            /** @description Personal data: present only for conveners and facilitators; absent for everyone else. */
            email?: string | null;
            /** @enum {string} */
            status: "prospective" | "consulted" | "invited" | "active" | "declined" | "withdrawn";
            /** Format: date-time */
            statusChangedAt: string;
            /** @description Consultations logged */
            consultations: number;
            /** Format: date */
            lastConsultedOn: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        ProspectListDto: {
            /** @description Items matching the filters, on all pages */
            total: number;
            page: number;
            limit: number;
            items: components["schemas"]["ProspectDto"][];
        };
        CreateProspectDto: {
            /** @example Amina Diallo */
            name: string;
            /** @example Logone women’s network */
            organisation?: string | null;
            /**
             * Format: uuid
             * @description The stakeholder of this process the person would represent
             */
            stakeholderId?: string | null;
            /** @description Personal data: only conveners and facilitators send or see it. */
            email?: string | null;
        };
        ConsultationDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            heldOn: string;
            /** @enum {string} */
            channel: "meeting" | "phone" | "email" | "other";
            /**
             * @description How interested the person said they are in taking part
             * @enum {string}
             */
            interest: "high" | "moderate" | "low" | "none";
            concerns: string | null;
            outcome: string | null;
            recordedBy: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
        };
        ProspectDetailDto: {
            /** Format: uuid */
            id: string;
            name: string;
            organisation: string | null;
            stakeholder: components["schemas"]["NamedRefDto"] | null;
            /** @description Personal data: present only for conveners and facilitators; absent for everyone else. */
            email?: string | null;
            /** @enum {string} */
            status: "prospective" | "consulted" | "invited" | "active" | "declined" | "withdrawn";
            /** Format: date-time */
            statusChangedAt: string;
            /** @description Consultations logged */
            consultations: number;
            /** Format: date */
            lastConsultedOn: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Newest first */
            consultationLog: components["schemas"]["ConsultationDto"][];
        };
        UpdateProspectDto: {
            /** @example Amina Diallo */
            name?: string;
            /** @example Logone women’s network */
            organisation?: string | null;
            /**
             * Format: uuid
             * @description The stakeholder of this process the person would represent
             */
            stakeholderId?: string | null;
            /** @description Personal data: only conveners and facilitators send or see it. */
            email?: string | null;
            /** @description The version you edited; a stale one gets 409 with the current object. */
            version: number;
        };
        ChangeProspectStatusDto: {
            /** @description The version you edited; a stale one gets 409 with the current object. */
            version: number;
            /** @enum {string} */
            status: "prospective" | "consulted" | "invited" | "active" | "declined" | "withdrawn";
        };
        CreateConsultationDto: {
            /**
             * Format: date
             * @description When it took place (not in the future)
             * @example 2026-03-04
             */
            heldOn: string;
            /** @enum {string} */
            channel: "meeting" | "phone" | "email" | "other";
            /** @enum {string} */
            interest: "high" | "moderate" | "low" | "none";
            concerns?: string | null;
            outcome?: string | null;
        };
        ProblemStatementVersionDto: {
            number: number;
            text: string;
            author: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            agreedOn: string | null;
        };
        ProblemStatementSummaryDto: {
            number: number;
            /** @description The first words of this version */
            excerpt: string;
            author: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            agreedOn: string | null;
        };
        VisionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "perspective" | "joint";
            /** Format: uuid */
            stakeholderGroupId: string | null;
            /** @description The perspective’s name (the stakeholder group’s current name when linked); null for the joint vision */
            perspective: string | null;
            text: string;
            /** Format: date */
            agreedOn: string | null;
            version: number;
            updatedBy: components["schemas"]["PersonDto"];
            /** Format: date-time */
            updatedAt: string;
        };
        GroupRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        FramingDto: {
            /** @description The current version */
            problemStatement: components["schemas"]["ProblemStatementVersionDto"] | null;
            /** @description Every version, newest first */
            history: components["schemas"]["ProblemStatementSummaryDto"][];
            /** @description Perspectives by name, then the joint vision */
            visions: components["schemas"]["VisionDto"][];
            /** @description Stakeholder groups of the process whose perspective has no vision yet */
            groupsWithoutVision: components["schemas"]["GroupRefDto"][];
        };
        SaveProblemStatementDto: {
            /** @example Armed robberies on the market roads keep traders and farmers at home. */
            text: string;
            /** @description The number of the version you edited; 0 when there is none yet */
            baseVersion: number;
        };
        AgreeProblemStatementDto: {
            /** @description The number of the current version */
            version: number;
            /**
             * Format: date
             * @description The day the group agreed it; null: not agreed
             */
            agreedOn: string | null;
        };
        CreateVisionDto: {
            /**
             * @description One vision per stakeholder perspective, then one joint vision
             * @enum {string}
             */
            kind: "perspective" | "joint";
            /**
             * Format: uuid
             * @description For a perspective: the stakeholder group whose vision this is
             */
            stakeholderGroupId?: string;
            /** @description For a perspective not tied to a stakeholder group: its name */
            perspective?: string;
            text: string;
            /**
             * Format: date
             * @description The day the group agreed it
             */
            agreedOn?: string;
        };
        UpdateVisionDto: {
            /** @description New words end an earlier agreement unless agreedOn is sent too */
            text?: string;
            /**
             * Format: date
             * @description The day the group agreed it; null: not agreed
             */
            agreedOn?: string | null;
            version: number;
        };
        PlanSummaryDto: {
            /** Format: uuid */
            id: string;
            title: string;
            goal: string;
            /** @enum {string} */
            status: "draft" | "proposed" | "approved";
            actionCount: number;
            doneCount: number;
            overdueCount: number;
            /** Format: date-time */
            approvedAt: string | null;
            approvedBy: components["schemas"]["PersonDto"] | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        PlanListDto: {
            items: components["schemas"]["PlanSummaryDto"][];
            nextCursor: string | null;
        };
        CreatePlanDto: {
            /** @example Safer market roads */
            title: string;
            /** @description The change the plan works towards */
            goal: string;
        };
        OwnerDto: {
            /**
             * @description member: a person of the process
             * @enum {string}
             */
            kind: "member" | "stakeholder_group" | "working_group";
            /** Format: uuid */
            id: string;
            /** @description The person’s, stakeholder group’s or working group’s name */
            name: string;
        };
        DependencyDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "blocked" | "dropped";
        };
        ActionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            planTitle: string;
            /** @enum {string} */
            planStatus: "draft" | "proposed" | "approved";
            title: string;
            description: string;
            owner: components["schemas"]["OwnerDto"] | null;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            dueDate: string | null;
            /** @enum {string|null} */
            wheelArea: "joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation" | null;
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "blocked" | "dropped";
            dropReason: string | null;
            dependsOn: components["schemas"]["DependencyDto"][];
            /** @description Past its due date (in the process’s time zone) and neither done nor dropped */
            overdue: boolean;
            /** @description The signed-in person may change its status */
            mayUpdateStatus: boolean;
            /** @description The signed-in person may post a progress update on it */
            mayReportProgress: boolean;
            /** @description The percentage of the latest progress update that gave one */
            progressPercent: number | null;
            /** Format: date-time */
            statusChangedAt: string;
            version: number;
        };
        ApprovalGapDto: {
            /** Format: uuid */
            actionId: string;
            title: string;
            missing: ("owner" | "dueDate")[];
        };
        PlanDto: {
            /** Format: uuid */
            id: string;
            title: string;
            goal: string;
            /** @enum {string} */
            status: "draft" | "proposed" | "approved";
            actionCount: number;
            doneCount: number;
            overdueCount: number;
            /** Format: date-time */
            approvedAt: string | null;
            approvedBy: components["schemas"]["PersonDto"] | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
            /** @description In plan order */
            actions: components["schemas"]["ActionDto"][];
            /** @description Actions that keep the plan from approval */
            gaps: components["schemas"]["ApprovalGapDto"][];
            /**
             * Format: date
             * @description Today in the process’s time zone, against which overdue is judged
             */
            today: string;
        };
        UpdatePlanDto: {
            /** @description The version you loaded */
            version: number;
            title?: string;
            goal?: string;
        };
        PlanMoveDto: {
            /** @description The version you loaded */
            version: number;
        };
        OwnerInputDto: {
            /**
             * @description member: a person of the process
             * @enum {string}
             */
            kind: "member" | "stakeholder_group" | "working_group";
            /** Format: uuid */
            id: string;
        };
        CreateActionDto: {
            /** @description How it will be done */
            description?: string;
            /** @description Exactly one owner; null: none yet (only while the plan is a draft) */
            owner?: components["schemas"]["OwnerInputDto"] | null;
            /** Format: date */
            startDate?: string | null;
            /**
             * Format: date
             * @description Not before startDate
             */
            dueDate?: string | null;
            /**
             * @description The Coordination Wheel area the action serves
             * @enum {string|null}
             */
            wheelArea?: "joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation" | null;
            /** @enum {string} */
            status?: "planned" | "in_progress" | "done" | "blocked" | "dropped";
            /** @description Why the action is dropped; required with status dropped */
            dropReason?: string | null;
            /** @description Actions of this process that must come first */
            dependsOn?: string[];
            /**
             * @description What will be done
             * @example Joint patrols on market days
             */
            title: string;
        };
        ActionListDto: {
            items: components["schemas"]["ActionDto"][];
            nextCursor: string | null;
        };
        UpdateActionDto: {
            /** @description How it will be done */
            description?: string;
            /** @description Exactly one owner; null: none yet (only while the plan is a draft) */
            owner?: components["schemas"]["OwnerInputDto"] | null;
            /** Format: date */
            startDate?: string | null;
            /**
             * Format: date
             * @description Not before startDate
             */
            dueDate?: string | null;
            /**
             * @description The Coordination Wheel area the action serves
             * @enum {string|null}
             */
            wheelArea?: "joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation" | null;
            /** @enum {string} */
            status?: "planned" | "in_progress" | "done" | "blocked" | "dropped";
            /** @description Why the action is dropped; required with status dropped */
            dropReason?: string | null;
            /** @description Actions of this process that must come first */
            dependsOn?: string[];
            title?: string;
            /** @description The version you loaded */
            version: number;
        };
        UpdateActionStatusDto: {
            /** @description The version you loaded */
            version: number;
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "blocked" | "dropped";
            /** @description Required when dropping */
            dropReason?: string | null;
        };
        WorkingGroupDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "working_group" | "task_force";
            mandate: string;
            lead: components["schemas"]["PersonDto"] | null;
            /** @description Members other than the lead */
            members: components["schemas"]["PersonDto"][];
            /** @description Actions the group owns */
            actions: number;
            version: number;
        };
        WorkingGroupListDto: {
            items: components["schemas"]["WorkingGroupDto"][];
        };
        CreateWorkingGroupDto: {
            /** @example Market roads task force */
            name: string;
            /** @enum {string} */
            kind: "working_group" | "task_force";
            /** @description What the group is asked to do, and until when */
            mandate: string;
            /**
             * Format: uuid
             * @description A person of the process; null: no lead yet
             */
            leadUserId: string | null;
            /** @description People of the process; the lead need not be listed */
            memberIds: string[];
        };
        UpdateWorkingGroupDto: {
            /** @example Market roads task force */
            name: string;
            /** @enum {string} */
            kind: "working_group" | "task_force";
            /** @description What the group is asked to do, and until when */
            mandate: string;
            /**
             * Format: uuid
             * @description A person of the process; null: no lead yet
             */
            leadUserId: string | null;
            /** @description People of the process; the lead need not be listed */
            memberIds: string[];
            version: number;
        };
        AgeBandMinimumsDto: {
            /** @description At least this many participants aged under 25 */
            under_25?: number;
            /** @description At least this many participants aged 25 to 34 */
            "25_34"?: number;
            /** @description At least this many participants aged 35 to 49 */
            "35_49"?: number;
            /** @description At least this many participants aged 50 to 64 */
            "50_64"?: number;
            /** @description At least this many participants aged 65 or older */
            "65_plus"?: number;
        };
        SelectionCriteriaDto: {
            criteria: string;
            minWomenPercent: number | null;
            everyIndispensableGroup: boolean;
            minRegions: number | null;
            ageBandMinimums: components["schemas"]["AgeBandMinimumsDto"];
            /** @description 0 until the first save */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: components["schemas"]["PersonDto"] | null;
            /** @description The questions of the "Participant Selection Criteria" box */
            prompts: string[];
        };
        SaveSelectionCriteriaDto: {
            /** @description The written criteria for selecting participants (Lesson 11 §3) */
            criteria: string;
            /** @description Minimum share of women among participants who declared a gender, in % */
            minWomenPercent?: number | null;
            /** @description Every indispensable stakeholder group must have an active participant */
            everyIndispensableGroup: boolean;
            /** @description Minimum number of regions participants come from */
            minRegions?: number | null;
            ageBandMinimums: components["schemas"]["AgeBandMinimumsDto"];
            /** @description The version you edited (0 when there is none yet); a stale one gets 409 with the current document */
            version: number;
        };
        DoNoHarmQuestionDto: {
            key: string;
            title: string;
            question: string;
        };
        DoNoHarmAnswerDto: {
            key: string;
            /** @enum {string} */
            rating: "low" | "medium" | "high";
            mitigation: string;
        };
        DoNoHarmDto: {
            questions: components["schemas"]["DoNoHarmQuestionDto"][];
            answers: components["schemas"]["DoNoHarmAnswerDto"][];
            /** @enum {string} */
            status: "not_started" | "in_progress" | "answered" | "complete";
            /** Format: date-time */
            completedAt: string | null;
            completedBy: components["schemas"]["PersonDto"] | null;
            /** @description 0 until the first save */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
        };
        DoNoHarmAnswerInputDto: {
            /** @enum {string} */
            key: "dividers_connectors" | "participant_safety" | "power_imbalances" | "conflict_dynamics" | "exclusion_spoilers" | "resources_messages" | "expectations" | "own_capacity";
            /** @enum {string} */
            rating: "low" | "medium" | "high";
            /** @description How the risk is prevented or reduced (or why none is needed) */
            mitigation: string;
        };
        SaveDoNoHarmDto: {
            /** @description The answers given so far; questions left out stay unanswered */
            answers: components["schemas"]["DoNoHarmAnswerInputDto"][];
            /** @description The version you edited (0 when there is none yet) */
            version: number;
        };
        CompleteDoNoHarmDto: {
            version: number;
        };
        ConceptNoteVersionDto: {
            number: number;
            author: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
            /** @description Markdown; render it without raw HTML */
            body: string;
        };
        ConceptNoteDto: {
            /** @description The latest version */
            latest: components["schemas"]["ConceptNoteVersionDto"] | null;
        };
        ConceptNoteVersionSummaryDto: {
            number: number;
            author: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
        };
        ConceptNoteVersionListDto: {
            /** @description Newest first */
            items: components["schemas"]["ConceptNoteVersionSummaryDto"][];
            nextBefore: number | null;
        };
        SaveConceptNoteDto: {
            /** @description Markdown */
            body: string;
            /** @description The number of the version you edited (0 for the first); a stale one gets 409 with the latest version */
            baseVersion: number;
        };
        InvitedProspectDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ProcessInvitationDto: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "participant" | "alternate" | "observer" | "facilitator" | "secretariat" | "co_convener";
            /** Format: uuid */
            stakeholderGroupId: string | null;
            /** Format: uuid */
            alternateFor: string | null;
            /** @description The prospective participant the invitation is for */
            prospect: components["schemas"]["InvitedProspectDto"] | null;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
            invitedBy: string;
            /** @description Only when the invitation e-mail failed: the link, for the inviter to pass on by another way. */
            acceptUrl?: string;
            /**
             * @description The invitation e-mail's delivery: queued when just created. The link itself goes only to the invitee.
             * @enum {string}
             */
            mailStatus?: "queued" | "sent" | "failed";
        };
        ProcessInvitationListDto: {
            /** @description Pending invitations, newest first */
            items: components["schemas"]["ProcessInvitationDto"][];
        };
        CreateProcessInvitationDto: {
            /** @example colleague@example.org */
            email: string;
            /**
             * @description co_convener becomes a convener; alternate a participant standing in for alternateFor
             * @enum {string}
             */
            role: "participant" | "alternate" | "observer" | "facilitator" | "secretariat" | "co_convener";
            /**
             * Format: uuid
             * @description The stakeholder group a participant or alternate will represent
             */
            stakeholderGroupId?: string;
            /**
             * Format: uuid
             * @description For an alternate: the participant they stand in for
             */
            alternateFor?: string;
            /**
             * Format: uuid
             * @description The prospective participant of this process being invited: they become invited now, active on acceptance, consulted again if the invitation is revoked
             */
            prospectId?: string;
        };
        DemographicsDto: {
            /** @enum {string|null} */
            gender: "woman" | "man" | "another" | "prefer_not_to_say" | null;
            /** @enum {string|null} */
            ageBand: "under_25" | "25_34" | "35_49" | "50_64" | "65_plus" | null;
            region: string | null;
            wheelAreas: ("joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation")[];
            /** Format: date-time */
            updatedAt: string | null;
        };
        SaveDemographicsDto: {
            /** @enum {string|null} */
            gender?: "woman" | "man" | "another" | "prefer_not_to_say" | null;
            /** @enum {string|null} */
            ageBand?: "under_25" | "25_34" | "35_49" | "50_64" | "65_plus" | null;
            /** @example Logone valley */
            region?: string | null;
            /** @description Coordination Wheel areas your organisation works in */
            wheelAreas: ("joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation")[];
        };
        GroupCompositionDto: {
            /**
             * Format: uuid
             * @description null: participants who represent no group
             */
            groupId: string | null;
            name: string;
            indispensable: boolean;
            count: number;
            /** @description An indispensable group without an active participant */
            missing: boolean;
        };
        BreakdownCellDto: {
            key: string;
            label: string;
            /** @enum {string} */
            shown: "count" | "fewer_than_threshold" | "withheld";
            /** @description Only when shown is count */
            count: number | null;
        };
        BreakdownDto: {
            /** @description No cell can be shown without revealing a small count */
            withheld: boolean;
            cells: components["schemas"]["BreakdownCellDto"][];
        };
        WheelCoverageDto: {
            /** @enum {string} */
            area: "joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation";
            label: string;
            covered: boolean;
            /** @description Exact only from the small-group threshold up */
            count: number | null;
        };
        TargetResultDto: {
            id: string;
            label: string;
            /** @enum {string} */
            status: "met" | "unmet" | "not_measurable";
            detail: string;
        };
        InclusionDto: {
            /** @description Participants holding a seat (alternates are not counted twice) */
            activeParticipants: number;
            /** @description Categories with fewer people than this are not shown as exact counts */
            threshold: number;
            groups: components["schemas"]["GroupCompositionDto"][];
            missingIndispensable: string[];
            gender: components["schemas"]["BreakdownDto"];
            ageBand: components["schemas"]["BreakdownDto"];
            region: components["schemas"]["BreakdownDto"];
            distinctRegions: number;
            wheel: components["schemas"]["WheelCoverageDto"][];
            /** @description Coordination Wheel areas covered, of 5 */
            breadth: number;
            targets: components["schemas"]["TargetResultDto"][];
        };
        RiskSummaryDto: {
            /**
             * @description The highest risk rated; not_assessed when none is
             * @enum {string}
             */
            highest: "not_assessed" | "low" | "medium" | "high";
            /** @description Questions rated */
            assessed: number;
            total: number;
        };
        FundingPositionDto: {
            /** @example USD */
            currency: string;
            /**
             * @description Total of the cost lines
             * @example 6500.50
             */
            estimate: string;
            /** @example 3000.00 */
            secured: string;
            /** @example 2000.25 */
            pledged: string;
            /**
             * @description estimate − secured; negative is a surplus
             * @example 3500.50
             */
            gapAfterSecured: string;
            /**
             * @description estimate − secured − pledged
             * @example 1500.25
             */
            gapAfterPledged: string;
        };
        FundingDto: {
            /** @enum {string} */
            outlook: "no_estimate" | "covered" | "relies_on_pledges" | "short";
            /** @description One per currency; currencies are never converted */
            positions: components["schemas"]["FundingPositionDto"][];
        };
        InitiationSummaryDto: {
            risk: components["schemas"]["RiskSummaryDto"];
            champions: number;
            /** @enum {string|null} */
            hostingModel: "single_host" | "co_hosts" | "rotation" | null;
            coreGroupMembers: number;
            /**
             * @description null while no memorandum is written
             * @enum {string|null}
             */
            mouStatus: "draft" | "agreed" | null;
            facilitationResources: number;
            facilitationSecured: number;
            funding: components["schemas"]["FundingDto"];
            stakeholderGroups: number;
            /** @description Groups that shared their checklist with the conveners */
            checklistsShared: number;
        };
        KeyQuestionAnswerDto: {
            /** @enum {string} */
            questionId: "necessity" | "influence" | "manageability" | "funding" | "unintended_harm";
            /** @enum {string} */
            risk: "not_assessed" | "low" | "medium" | "high";
            notes: string;
        };
        KeyQuestionsDto: {
            /** @description 0 when nothing is saved yet; send it back with the next save */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: components["schemas"]["PersonDto"] | null;
            /** @description One per question, in the order of Lesson 11 */
            answers: components["schemas"]["KeyQuestionAnswerDto"][];
            summary: components["schemas"]["RiskSummaryDto"];
        };
        SaveKeyQuestionsDto: {
            /** @description The version you loaded; 0 when nothing was saved yet */
            version: number;
            /** @description Questions left out stay (or become) not assessed */
            answers: components["schemas"]["KeyQuestionAnswerDto"][];
        };
        HostingDto: {
            /** @description 0 when nothing is saved yet; send it back with the next save */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: components["schemas"]["PersonDto"] | null;
            /**
             * @description null until the arrangement is recorded
             * @enum {string|null}
             */
            model: "single_host" | "co_hosts" | "rotation" | null;
            hosts: string[];
            rotationNote: string;
        };
        SaveHostingDto: {
            /** @description The version you loaded; 0 when nothing was saved yet */
            version: number;
            /** @enum {string} */
            model: "single_host" | "co_hosts" | "rotation";
            /** @description The convening or hosting organisations */
            hosts: string[];
            /** @description How the host function rotates, or how co-hosts share it */
            rotationNote: string;
        };
        MouDto: {
            /** @description 0 when nothing is saved yet; send it back with the next save */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: components["schemas"]["PersonDto"] | null;
            text: string;
            /** @enum {string} */
            status: "draft" | "agreed";
            /** Format: date */
            agreedOn: string | null;
            parties: string[];
        };
        SaveMouDto: {
            /** @description The version you loaded; 0 when nothing was saved yet */
            version: number;
            text: string;
            /** @enum {string} */
            status: "draft" | "agreed";
            /**
             * Format: date
             * @description When the partners agreed it (YYYY-MM-DD); null for a draft
             */
            agreedOn: string | null;
            /** @description The partners the memorandum binds */
            parties: string[];
        };
        RealityCheckDto: {
            /** @description 0 when nothing is saved yet; send it back with the next save */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: components["schemas"]["PersonDto"] | null;
            contingencyPlan: string;
            funding: components["schemas"]["FundingDto"];
            costLines: number;
            fundingSources: number;
        };
        SaveRealityCheckDto: {
            /** @description The version you loaded; 0 when nothing was saved yet */
            version: number;
            /** @description How to proceed should expected resources fall short */
            contingencyPlan: string;
        };
        ChampionDto: {
            /** Format: uuid */
            id: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            affiliation: string;
            reason: string;
        };
        ChampionPageDto: {
            items: components["schemas"]["ChampionDto"][];
            nextCursor: string | null;
        };
        CreateChampionDto: {
            /** @example Amina Diallo */
            name: string;
            /**
             * @description Organisation or role
             * @example UNDP country office, governance adviser
             */
            affiliation: string;
            /** @description Why they matter to getting the process started */
            reason: string;
        };
        UpdateChampionDto: {
            /** @example Amina Diallo */
            name: string;
            /**
             * @description Organisation or role
             * @example UNDP country office, governance adviser
             */
            affiliation: string;
            /** @description Why they matter to getting the process started */
            reason: string;
            /** @description The version you loaded */
            version: number;
        };
        CoreMemberDto: {
            /** Format: uuid */
            id: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            organisation: string;
            contribution: string;
        };
        CoreMemberPageDto: {
            items: components["schemas"]["CoreMemberDto"][];
            nextCursor: string | null;
        };
        CreateCoreMemberDto: {
            name: string;
            organisation: string;
            /** @description Time, capacities and other resources they are prepared to contribute; their role */
            contribution: string;
        };
        UpdateCoreMemberDto: {
            name: string;
            organisation: string;
            /** @description Time, capacities and other resources they are prepared to contribute; their role */
            contribution: string;
            /** @description The version you loaded */
            version: number;
        };
        FacilitationResourceDto: {
            /** Format: uuid */
            id: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            kind: "facilitator" | "facilitation_team" | "venue" | "interpreter" | "training" | "other";
            description: string;
            secured: boolean;
        };
        FacilitationResourcePageDto: {
            items: components["schemas"]["FacilitationResourceDto"][];
            nextCursor: string | null;
        };
        CreateFacilitationResourceDto: {
            /** @enum {string} */
            kind: "facilitator" | "facilitation_team" | "venue" | "interpreter" | "training" | "other";
            /** @example Two facilitators trained in dialogue processes (Lesson 21) */
            description: string;
            /** @description Is it secured? */
            secured: boolean;
        };
        UpdateFacilitationResourceDto: {
            /** @enum {string} */
            kind: "facilitator" | "facilitation_team" | "venue" | "interpreter" | "training" | "other";
            /** @example Two facilitators trained in dialogue processes (Lesson 21) */
            description: string;
            /** @description Is it secured? */
            secured: boolean;
            /** @description The version you loaded */
            version: number;
        };
        EstimateLineDto: {
            /** Format: uuid */
            id: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            item: string;
            /** @example 1250.50 */
            amount: string;
            /** @example USD */
            currency: string;
        };
        CostLinePageDto: {
            items: components["schemas"]["EstimateLineDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        CurrencyCode: "AED" | "AFN" | "ALL" | "AMD" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWG";
        CreateEstimateLineDto: {
            /** @example Venue hire, four plenaries */
            item: string;
            /**
             * @description A decimal string, never a JSON number
             * @example 1250.50
             */
            amount: string;
            /** @example USD */
            currency: components["schemas"]["CurrencyCode"];
        };
        UpdateEstimateLineDto: {
            /** @example Venue hire, four plenaries */
            item: string;
            /**
             * @description A decimal string, never a JSON number
             * @example 1250.50
             */
            amount: string;
            /** @example USD */
            currency: components["schemas"]["CurrencyCode"];
            /** @description The version you loaded */
            version: number;
        };
        FundingSourceDto: {
            /** Format: uuid */
            id: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            funder: string;
            /** @example 3000.00 */
            amount: string;
            /** @example USD */
            currency: string;
            /** @enum {string} */
            status: "secured" | "pledged";
        };
        FundingSourcePageDto: {
            items: components["schemas"]["FundingSourceDto"][];
            nextCursor: string | null;
        };
        CreateFundingSourceDto: {
            /** @example Peacebuilding Fund */
            funder: string;
            /**
             * @description A decimal string, never a JSON number
             * @example 3000
             */
            amount: string;
            /** @example USD */
            currency: components["schemas"]["CurrencyCode"];
            /** @enum {string} */
            status: "secured" | "pledged";
        };
        UpdateFundingSourceDto: {
            /** @example Peacebuilding Fund */
            funder: string;
            /**
             * @description A decimal string, never a JSON number
             * @example 3000
             */
            amount: string;
            /** @example USD */
            currency: components["schemas"]["CurrencyCode"];
            /** @enum {string} */
            status: "secured" | "pledged";
            /** @description The version you loaded */
            version: number;
        };
        ChecklistGroupDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ChecklistAnswerDto: {
            /** @enum {string} */
            questionId: "interests" | "institutional_support" | "exit_strategy" | "personal_needs" | "benefits";
            notes: string;
        };
        MyChecklistDto: {
            /** @description null: you represent no stakeholder group yet */
            group: components["schemas"]["ChecklistGroupDto"] | null;
            /** @description One per question, in the order of Lesson 11 */
            answers: components["schemas"]["ChecklistAnswerDto"][];
            /** @enum {string} */
            stance: "undecided" | "join" | "join_with_conditions" | "not_join";
            sharedWithConveners: boolean;
            /** @description Questions with a written answer */
            answered: number;
            /** @description 0 when nothing is saved yet */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: components["schemas"]["PersonDto"] | null;
        };
        SaveChecklistDto: {
            /** @description Questions left out are blank */
            answers: components["schemas"]["ChecklistAnswerDto"][];
            /** @enum {string} */
            stance: "undecided" | "join" | "join_with_conditions" | "not_join";
            /** @description Let the conveners and facilitators read it */
            sharedWithConveners: boolean;
            /** @description The version you loaded; 0 when nothing was saved yet */
            version: number;
        };
        ChecklistStatusDto: {
            group: components["schemas"]["ChecklistGroupDto"];
            indispensable: boolean;
            shared: boolean;
            /**
             * @description Only when shared
             * @enum {string|null}
             */
            stance: "undecided" | "join" | "join_with_conditions" | "not_join" | null;
            /** @description Only when shared */
            answered: number | null;
            /**
             * Format: date-time
             * @description Only when shared
             */
            updatedAt: string | null;
        };
        ChecklistStatusListDto: {
            /** @description Every stakeholder group of the process */
            items: components["schemas"]["ChecklistStatusDto"][];
            shared: number;
        };
        SharedChecklistDto: {
            group: components["schemas"]["ChecklistGroupDto"];
            answers: components["schemas"]["ChecklistAnswerDto"][];
            /** @enum {string} */
            stance: "undecided" | "join" | "join_with_conditions" | "not_join";
            answered: number;
            /** Format: date-time */
            updatedAt: string;
        };
        CalendarFeedDto: {
            /** @description The signed-in person has a feed for this process */
            active: boolean;
            /**
             * Format: date-time
             * @description When the current URL was made
             */
            createdAt: string | null;
            /** @description The secret feed URL: given only when it is made or rotated (only its hash is kept); null otherwise */
            url: string | null;
        };
        IndicatorDto: {
            unit: string;
            baseline: number;
            target: number;
            /** @enum {string} */
            direction: "increase" | "decrease";
        };
        MilestoneDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            planTitle: string;
            /** Format: uuid */
            actionId: string | null;
            actionTitle: string | null;
            title: string;
            /** Format: date */
            dueDate: string;
            quickWin: boolean;
            indicator: components["schemas"]["IndicatorDto"];
            /** @description The latest value of the series (by date measured) */
            currentValue: number | null;
            /** Format: date */
            currentOn: string | null;
            /** @description From the baseline (0) to the target (1) */
            progress: number | null;
            /** @enum {string} */
            state: "reached" | "overdue" | "due_soon" | "upcoming";
            /** @description The signed-in person may record a value */
            mayRecord: boolean;
            version: number;
        };
        MilestoneListDto: {
            items: components["schemas"]["MilestoneDto"][];
            nextCursor: string | null;
            /**
             * Format: date
             * @description Today in the process’s time zone
             */
            today: string;
        };
        CreateMilestoneDto: {
            /** @description An early, visible achievement that keeps up momentum */
            quickWin?: boolean;
            /**
             * Format: uuid
             * @description An action of the same plan whose owners report on it
             */
            actionId?: string | null;
            /** @example Robberies on market roads halved */
            title: string;
            /** Format: date */
            dueDate: string;
            /** @example robberies a month */
            unit: string;
            baseline: number;
            /** @description On the side of the direction (or equal to the baseline) */
            target: number;
            /** @enum {string} */
            direction: "increase" | "decrease";
        };
        MilestoneValueDto: {
            /** Format: uuid */
            id: string;
            value: number;
            /** Format: date */
            measuredOn: string;
            note: string;
            recordedBy: components["schemas"]["PersonDto"];
            /** Format: date-time */
            recordedAt: string;
            /**
             * Format: uuid
             * @description The progress update that carried it
             */
            progressUpdateId: string | null;
        };
        MilestoneDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            planTitle: string;
            /** Format: uuid */
            actionId: string | null;
            actionTitle: string | null;
            title: string;
            /** Format: date */
            dueDate: string;
            quickWin: boolean;
            indicator: components["schemas"]["IndicatorDto"];
            /** @description The latest value of the series (by date measured) */
            currentValue: number | null;
            /** Format: date */
            currentOn: string | null;
            /** @description From the baseline (0) to the target (1) */
            progress: number | null;
            /** @enum {string} */
            state: "reached" | "overdue" | "due_soon" | "upcoming";
            /** @description The signed-in person may record a value */
            mayRecord: boolean;
            version: number;
            /** @description The series, oldest first */
            values: components["schemas"]["MilestoneValueDto"][];
            /** Format: date */
            today: string;
        };
        UpdateMilestoneDto: {
            /** @description An early, visible achievement that keeps up momentum */
            quickWin?: boolean;
            /**
             * Format: uuid
             * @description An action of the same plan whose owners report on it
             */
            actionId?: string | null;
            title?: string;
            /** Format: date */
            dueDate?: string;
            unit?: string;
            baseline?: number;
            target?: number;
            /** @enum {string} */
            direction?: "increase" | "decrease";
            /** @description The version you loaded */
            version: number;
        };
        RecordValueDto: {
            value: number;
            /**
             * Format: date
             * @description When it was measured; today (in the process’s time zone) if absent
             */
            measuredOn?: string;
            /** @description How it was measured, the source */
            note?: string;
        };
        CostLineDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            actionId: string;
            item: string;
            /**
             * @description Exact, two decimals
             * @example 1500.00
             */
            amount: string;
            currency: string;
            fundingSource: string;
            /** @enum {string} */
            status: "secured" | "pledged" | "needed";
            version: number;
        };
        CurrencyTotalsDto: {
            currency: string;
            total: string;
            secured: string;
            pledged: string;
            needed: string;
            /** @description The funding gap: neither secured nor pledged (total − secured − pledged) */
            gap: string;
            /** @description Not in hand yet: total − secured */
            notSecured: string;
        };
        FundingSourceTotalsDto: {
            currency: string;
            /** @description Empty: not known yet */
            fundingSource: string;
            total: string;
            secured: string;
            pledged: string;
            needed: string;
        };
        CostTotalsDto: {
            /** @description One row per currency: currencies are never added together */
            byCurrency: components["schemas"]["CurrencyTotalsDto"][];
            byFundingSource: components["schemas"]["FundingSourceTotalsDto"][];
        };
        CostLineListDto: {
            items: components["schemas"]["CostLineDto"][];
            totals: components["schemas"]["CostTotalsDto"];
            /** @description The signed-in person may add, change and remove lines now */
            mayManage: boolean;
        };
        CreateCostLineDto: {
            /** @example Fuel for patrol vehicles */
            item: string;
            /**
             * @description Not negative, at most two decimals (whole for currencies without minor units, e.g. XOF); a number is accepted too
             * @example 1500.00
             */
            amount: string;
            /**
             * @description ISO 4217
             * @example XOF
             */
            currency: string;
            /**
             * @description Empty while nobody is found yet
             * @example EU delegation
             */
            fundingSource?: string;
            /** @enum {string} */
            status: "secured" | "pledged" | "needed";
        };
        UpdateCostLineDto: {
            item?: string;
            /**
             * @description Not negative, at most two decimals (whole for currencies without minor units, e.g. XOF); a number is accepted too
             * @example 1500.00
             */
            amount?: string;
            /** @description ISO 4217 */
            currency?: string;
            fundingSource?: string;
            /** @enum {string} */
            status?: "secured" | "pledged" | "needed";
            /** @description The version you loaded */
            version: number;
        };
        ProgressUpdateDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            actionId: string;
            text: string;
            percent: number | null;
            /** Format: uuid */
            milestoneId: string | null;
            milestoneTitle: string | null;
            indicatorValue: number | null;
            links: string[];
            author: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
        };
        ProgressUpdateListDto: {
            /** @description Newest first */
            items: components["schemas"]["ProgressUpdateDto"][];
            nextCursor: string | null;
        };
        CreateProgressUpdateDto: {
            /** @description What was done, what is in the way */
            text?: string;
            /** @description How complete the action is, in percent */
            percent?: number;
            /**
             * Format: uuid
             * @description A milestone linked to this action; needs indicatorValue
             */
            milestoneId?: string;
            /** @description The milestone indicator’s value now; appended to its series */
            indicatorValue?: number;
            /**
             * Format: date
             * @description When the indicator value was measured; today if absent
             */
            measuredOn?: string;
            /** @description http(s) addresses of documents */
            links?: string[];
        };
        ReportBackEntryDto: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @description The participant has an accountability entry (to whom, channel, frequency) */
            scheduled: boolean;
            accountableTo: string | null;
            constituency: string | null;
            channel: string | null;
            /** @enum {string|null} */
            frequency: "weekly" | "fortnightly" | "monthly" | "quarterly" | "after_each_meeting" | null;
            /**
             * Format: date
             * @description The last recorded report-back
             */
            lastReportedOn: string | null;
            /** @description Its note */
            lastNote: string | null;
            /**
             * Format: date
             * @description When the next one is due (null: after each meeting, or no entry)
             */
            dueOn: string | null;
            overdue: boolean;
            /** @description The signed-in person may record a report-back for this participant */
            mayRecord: boolean;
        };
        ReportBackScheduleDto: {
            /** @description One per participant, by name */
            items: components["schemas"]["ReportBackEntryDto"][];
            overdue: number;
            /**
             * Format: date
             * @description Today in the process’s time zone
             */
            today: string;
        };
        RecordReportBackDto: {
            /**
             * Format: date
             * @description The day it happened (not in the future)
             */
            reportedOn: string;
            /** @description Where, to whom, what came back */
            note?: string;
        };
        DashboardActionDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            planId: string;
            planTitle: string;
            /** Format: date */
            dueDate: string | null;
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "blocked" | "dropped";
            ownerName: string | null;
            /** Format: date-time */
            statusChangedAt: string;
        };
        DashboardActionListDto: {
            /** @description How many there are in all; `items` holds the first ones */
            total: number;
            items: components["schemas"]["DashboardActionDto"][];
        };
        DashboardMilestoneDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            planId: string;
            planTitle: string;
            /** Format: date */
            dueDate: string;
            quickWin: boolean;
            unit: string;
            target: number;
            currentValue: number | null;
            progress: number | null;
            /** @enum {string} */
            state: "reached" | "overdue" | "due_soon" | "upcoming";
        };
        DashboardMilestoneListDto: {
            total: number;
            items: components["schemas"]["DashboardMilestoneDto"][];
        };
        DashboardReportBackDto: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            accountableTo: string;
            channel: string;
            /** Format: date */
            dueOn: string;
            overdue: boolean;
        };
        DashboardReportBackListDto: {
            /** @description Due within the window or overdue */
            total: number;
            overdue: number;
            items: components["schemas"]["DashboardReportBackDto"][];
        };
        DashboardPlanDto: {
            /** @description Actions that count (not dropped) */
            actions: number;
            done: number;
            doneShare: number | null;
            /** @description Done counts 100, others their latest reported percent (0 before any) */
            meanPercent: number | null;
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "proposed" | "approved";
        };
        DashboardPlanListDto: {
            total: number;
            /** @description Newest first */
            items: components["schemas"]["DashboardPlanDto"][];
        };
        DashboardWheelAreaDto: {
            /** @description Actions that count (not dropped) */
            actions: number;
            done: number;
            doneShare: number | null;
            /** @description Done counts 100, others their latest reported percent (0 before any) */
            meanPercent: number | null;
            /**
             * @description null: actions without an area
             * @enum {string|null}
             */
            area: "joint_capacity_building" | "joint_assessment" | "joint_planning" | "joint_implementation" | "joint_monitoring_evaluation" | null;
        };
        DashboardMeetingDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            kind: "bilateral" | "consultation" | "plenary" | "working_group" | "report_back";
            /** @enum {string} */
            format: "in_person" | "online" | "hybrid";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description How many people are invited */
            invited: number;
            /** @description How many answered yes */
            yes: number;
            /** @description How many have not answered */
            pending: number;
        };
        DashboardMeetingListDto: {
            total: number;
            items: components["schemas"]["DashboardMeetingDto"][];
        };
        DashboardMinutesDto: {
            /**
             * Format: uuid
             * @description The meeting
             */
            id: string;
            /** @description The meeting’s title */
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "in_review";
        };
        DashboardMinutesListDto: {
            total: number;
            items: components["schemas"]["DashboardMinutesDto"][];
        };
        DashboardDto: {
            /**
             * Format: date
             * @description Today in the process’s time zone
             */
            today: string;
            /**
             * Format: date
             * @description The end of the "due soon" window (30 days)
             */
            horizon: string;
            /** @description How many items each list holds at most */
            listSize: number;
            /** @description Soonest due first */
            overdueActions: components["schemas"]["DashboardActionListDto"];
            /** @description Blocked longest first */
            blockedActions: components["schemas"]["DashboardActionListDto"];
            /** @description Not reached and due by the horizon (overdue included), soonest first */
            milestonesDue: components["schemas"]["DashboardMilestoneListDto"];
            /** @description Due by the horizon (overdue included), soonest first */
            reportBacks: components["schemas"]["DashboardReportBackListDto"];
            /** @description The whole process’s costs per currency, with the funding gap */
            funding: components["schemas"]["CurrencyTotalsDto"][];
            plans: components["schemas"]["DashboardPlanListDto"];
            /** @description Every Coordination Wheel area, then actions without one (if any) */
            wheelAreas: components["schemas"]["DashboardWheelAreaDto"][];
            /** @description Not cancelled, not ended and starting by the horizon, soonest first */
            upcomingMeetings: components["schemas"]["DashboardMeetingListDto"];
            /** @description Meetings held (not cancelled) whose minutes are not yet approved, oldest first */
            minutesPending: components["schemas"]["DashboardMinutesListDto"];
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "charter_to_sign" | "charter_signed" | "amendment_proposed" | "amendment_decided" | "action_assigned" | "action_overdue" | "report_back_due" | "milestone_due" | "meeting_invited" | "meeting_changed" | "meeting_reminder" | "minutes_to_review" | "minutes_approved";
            /** Format: uuid */
            workspaceId: string;
            /** Format: uuid */
            processId: string | null;
            objectType: string;
            /** Format: uuid */
            objectId: string;
            /** @description What happened, in one English sentence (screens say kind with params in their language) */
            text: string;
            /** @description What the sentence names, by kind: titles, a version, a due date (YYYY-MM-DD), a name where the regime allows it */
            params: {
                [key: string]: unknown;
            };
            processTitle: string | null;
            /** @description Where in the app it leads */
            path: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        NotificationListDto: {
            items: components["schemas"]["NotificationDto"][];
            nextCursor: string | null;
        };
        UnreadCountDto: {
            unread: number;
        };
        MarkedReadDto: {
            /** @description How many notifications were marked read */
            marked: number;
        };
        NotificationPreferenceDto: {
            /** @enum {string} */
            kind: "charter_to_sign" | "charter_signed" | "amendment_proposed" | "amendment_decided" | "action_assigned" | "action_overdue" | "report_back_due" | "milestone_due" | "meeting_invited" | "meeting_changed" | "meeting_reminder" | "minutes_to_review" | "minutes_approved";
            label: string;
            audience: string;
            /** @enum {string} */
            delivery: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            defaultDelivery: "inApp" | "email" | "digest" | "off";
            allowed: ("inApp" | "email" | "digest" | "off")[];
        };
        NotificationPreferencesDto: {
            items: components["schemas"]["NotificationPreferenceDto"][];
        };
        SaveNotificationPreferencesDto: {
            /** @enum {string} */
            charter_to_sign?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            charter_signed?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            amendment_proposed?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            amendment_decided?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            action_assigned?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            action_overdue?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            report_back_due?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            milestone_due?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            meeting_invited?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            meeting_changed?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            meeting_reminder?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            minutes_to_review?: "inApp" | "email" | "digest" | "off";
            /** @enum {string} */
            minutes_approved?: "inApp" | "email" | "digest" | "off";
        };
        TodoItemDto: {
            /** @enum {string} */
            kind: "charter_signature" | "checklist" | "action" | "report_back" | "invitation" | "meeting_rsvp" | "minutes_review";
            /**
             * Format: uuid
             * @description The charter version, stakeholder group (checklist), action, invitation or meeting (RSVP, minutes to review); for a report-back, the process (one schedule per person and process)
             */
            id: string;
            /** @description The charter version ("Charter version 2"), the stakeholder group whose checklist it is, the action, to whom the report-back is owed, what the invitation is to, or the meeting */
            title: string;
            /** Format: uuid */
            workspaceId: string;
            workspaceName: string;
            /**
             * Format: uuid
             * @description Null for an invitation to the workspace alone
             */
            processId: string | null;
            processTitle: string | null;
            /**
             * Format: date
             * @description By when: the action’s or report-back’s due date (in the process’s time zone), the day an invitation expires (UTC), the day of a meeting to answer (in the process’s time zone)
             */
            dueOn: string | null;
            /** @description Past its due date where the process is */
            overdue: boolean;
            /** @description The role an invitation offers (in the process, else in the workspace) */
            role: string | null;
            /** @description Where in the web app to act on it. Null for an invitation: it is accepted through the link in its e-mail (only a hash of the link’s token is kept) */
            path: string | null;
        };
        TodoSectionDto: {
            /** @enum {string} */
            kind: "charter_signature" | "checklist" | "action" | "report_back" | "invitation" | "meeting_rsvp" | "minutes_review";
            /** @description How many there are in all; `items` holds the first ones (overdue first, then the soonest due) */
            total: number;
            items: components["schemas"]["TodoItemDto"][];
        };
        TodoDto: {
            /** @description One section per kind, always in this order: charter_signature, checklist, action, report_back, invitation, meeting_rsvp, minutes_review */
            sections: components["schemas"]["TodoSectionDto"][];
            /** @description How many items each section lists at most */
            itemsPerSection: number;
            /** @description How many workspaces the person belongs to */
            workspaceCount: number;
        };
        AgendaItemDto: {
            title: string;
            /** @description Planned minutes of this item, sub-items not counted */
            minutes: number;
            /**
             * Format: uuid
             * @description The process member who leads the item
             */
            ownerId?: string | null;
            items?: components["schemas"]["AgendaItemDto"][];
        };
        RsvpCountsDto: {
            yes: number;
            no: number;
            maybe: number;
            pending: number;
            alternates: number;
        };
        MyInvitationDto: {
            /** @enum {string|null} */
            response: "yes" | "no" | "maybe" | null;
            /** Format: uuid */
            alternateId: string | null;
            version: number;
        };
        MeetingDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "bilateral" | "consultation" | "plenary" | "working_group" | "report_back";
            /** @enum {string} */
            format: "in_person" | "online" | "hybrid";
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string | null;
            link: string | null;
            hosts: string[];
            /**
             * @description The mode set for this meeting
             * @enum {string}
             */
            mode: "on_the_record" | "chatham_house" | "off_the_record";
            /**
             * @description The mode the record is kept under: the stricter of the meeting’s and the regime’s
             * @enum {string}
             */
            effectiveMode: "on_the_record" | "chatham_house" | "off_the_record";
            agenda: components["schemas"]["AgendaItemDto"][];
            /** Format: uuid */
            charterVersionId: string | null;
            /** Format: uuid */
            planId: string | null;
            /** @enum {string} */
            state: "upcoming" | "in_progress" | "ended" | "cancelled";
            /** Format: date-time */
            cancelledAt: string | null;
            rsvp: components["schemas"]["RsvpCountsDto"];
            /** @description The viewer’s own invitation, if invited */
            myInvitation: components["schemas"]["MyInvitationDto"] | null;
            /** @description Whether the viewer’s attendance is recorded */
            attended: boolean;
            /** @description Whether an attendance code is set (the code itself is shown once) */
            hasAttendanceCode: boolean;
            /** @enum {string} */
            minutesStatus: "draft" | "in_review" | "approved";
            version: number;
        };
        MeetingListDto: {
            items: components["schemas"]["MeetingDto"][];
            nextCursor: string | null;
        };
        CreateMeetingDto: {
            /** @enum {string} */
            format?: "in_person" | "online" | "hybrid";
            place?: string | null;
            /** @example https://meet.example.org/plenary */
            link?: string | null;
            /** @description Who hosts (from the Initiate hosting arrangement) */
            hosts?: string[];
            /**
             * @description Only ever as strict as the process regime, or stricter
             * @enum {string}
             */
            mode?: "on_the_record" | "chatham_house" | "off_the_record";
            agenda?: components["schemas"]["AgendaItemDto"][];
            /** Format: uuid */
            charterVersionId?: string | null;
            /** Format: uuid */
            planId?: string | null;
            /** @enum {string} */
            kind: "bilateral" | "consultation" | "plenary" | "working_group" | "report_back";
            /** @example Second plenary */
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
        };
        UpdateMeetingDto: {
            /** @enum {string} */
            format?: "in_person" | "online" | "hybrid";
            place?: string | null;
            /** @example https://meet.example.org/plenary */
            link?: string | null;
            /** @description Who hosts (from the Initiate hosting arrangement) */
            hosts?: string[];
            /**
             * @description Only ever as strict as the process regime, or stricter
             * @enum {string}
             */
            mode?: "on_the_record" | "chatham_house" | "off_the_record";
            agenda?: components["schemas"]["AgendaItemDto"][];
            /** Format: uuid */
            charterVersionId?: string | null;
            /** Format: uuid */
            planId?: string | null;
            title?: string;
            /** Format: date-time */
            startsAt?: string;
            /** Format: date-time */
            endsAt?: string;
            version: number;
        };
        MeetingVersionDto: {
            version: number;
        };
        MeetingInvitationDto: {
            member: components["schemas"]["PersonDto"];
            /** Format: uuid */
            stakeholderGroupId: string | null;
            /** @enum {string|null} */
            response: "yes" | "no" | "maybe" | null;
            alternate: components["schemas"]["PersonDto"] | null;
        };
        MeetingInvitationListDto: {
            items: components["schemas"]["MeetingInvitationDto"][];
            rsvp: components["schemas"]["RsvpCountsDto"];
        };
        InviteDto: {
            memberIds?: string[];
            /** @description Every member of these stakeholder groups */
            stakeholderGroupIds?: string[];
            /** @description Every member of these working groups */
            workingGroupIds?: string[];
        };
        RsvpDto: {
            /** @enum {string} */
            response: "yes" | "no" | "maybe";
            /**
             * Format: uuid
             * @description Someone attending instead (only with "no")
             */
            alternateId?: string | null;
        };
        AttendanceCodeDto: {
            /** @description Shown once: 8 characters without 0/O/1/I/L */
            code: string;
            /** @example K7QM-2XWP */
            formatted: string;
        };
        AttendeeDto: {
            member: components["schemas"]["PersonDto"];
            /** Format: uuid */
            stakeholderGroupId: string | null;
            stakeholderGroupName: string | null;
            /** @enum {string} */
            recordedHow: "secretariat" | "code";
            /** @description Attends instead of an invitee */
            alternate: boolean;
        };
        QuorumCountDto: {
            needed: number;
            have: number;
            met: boolean;
        };
        MissingGroupDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        QuorumDto: {
            met: boolean;
            /** @description Invitees */
            entitled: number;
            attendance: components["schemas"]["QuorumCountDto"];
            /** @description Indispensable stakeholder groups nobody present represents */
            missingGroups: components["schemas"]["MissingGroupDto"][];
        };
        AttendanceDto: {
            items: components["schemas"]["AttendeeDto"][];
            quorum: components["schemas"]["QuorumDto"];
        };
        RecordAttendanceDto: {
            memberIds: string[];
        };
        CheckInDto: {
            /** @example K7QM-2XWP */
            code: string;
        };
        StatementDto: {
            /** Format: uuid */
            id: string;
            /** @description Order of entry within the meeting; never a time */
            ordinal: number;
            agendaNumber: string | null;
            text: string;
            /** @description The speaker, only on the record or by their own opt-in */
            quoted: components["schemas"]["PersonDto"] | null;
            /** @description The speaker’s name as minuted, when named */
            quotedName: string | null;
            version: number;
        };
        ActionPointDto: {
            /** Format: uuid */
            id: string;
            ordinal: number;
            text: string;
            /** Format: uuid */
            actionId: string | null;
        };
        ReviewDto: {
            member: components["schemas"]["PersonDto"];
            /** @enum {string} */
            verdict: "approve" | "object";
            comment: string | null;
        };
        MinutesDto: {
            /** Format: uuid */
            meetingId: string;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved";
            /** @enum {string} */
            effectiveMode: "on_the_record" | "chatham_house" | "off_the_record";
            /** @description False while the statements are not served to this reader (Chatham House: until approval) */
            statementsVisible: boolean;
            /** @description In agenda order, then in order of entry */
            statements: components["schemas"]["StatementDto"][];
            actionPoints: components["schemas"]["ActionPointDto"][];
            reviews: components["schemas"]["ReviewDto"][];
            /** Format: date-time */
            approvedAt: string | null;
            version: number;
        };
        CreateStatementDto: {
            text: string;
            /**
             * @description The agenda item it was said under
             * @example 2.1
             */
            agendaNumber?: string | null;
            /**
             * Format: uuid
             * @description On the record only: the speaker, a process member
             */
            quotedMemberId?: string | null;
            /** @description On the record only: the speaker’s name as minuted */
            quotedName?: string | null;
        };
        UpdateStatementDto: {
            text?: string;
            /** @example 2.1 */
            agendaNumber?: string | null;
            version: number;
        };
        CreateActionPointDto: {
            text: string;
            /**
             * Format: uuid
             * @description An action of the process’s plans
             */
            actionId?: string | null;
        };
        SaveReviewDto: {
            /** @enum {string} */
            verdict: "approve" | "object";
            comment?: string | null;
        };
        ShareDto: {
            numerator: number;
            denominator: number;
        };
        QuorumRuleDto: {
            /** @description Share of those entitled who must be present; null: none */
            attendance: components["schemas"]["ShareDto"] | null;
            /** @description Share of those entitled who must take part; null: none */
            ballots: components["schemas"]["ShareDto"] | null;
            /** @description Every indispensable stakeholder group must be present */
            sectorBalanced: boolean;
        };
        DecisionRuleDto: {
            /** @enum {string} */
            questionKind: "charter_adoption" | "ground_rules" | "plan_approval" | "gate_override" | "exit" | "general";
            /** @enum {string} */
            method: "consensus" | "straw_poll" | "vote";
            quorum: components["schemas"]["QuorumRuleDto"];
            /** @enum {string} */
            threshold: "simple_majority" | "two_thirds" | "unanimity";
            secretBallotAllowed: boolean;
            /** @description True while the process has not set this kind: the default applies */
            isDefault: boolean;
            /** @description 0 while the default applies */
            version: number;
        };
        DecisionRulesDto: {
            items: components["schemas"]["DecisionRuleDto"][];
        };
        SetDecisionRuleDto: {
            /** @enum {string} */
            method: "consensus" | "straw_poll" | "vote";
            quorum: components["schemas"]["QuorumRuleDto"];
            /**
             * @description For a vote: how many of the ballots the leading option needs
             * @enum {string}
             */
            threshold: "simple_majority" | "two_thirds" | "unanimity";
            secretBallotAllowed: boolean;
            /** @description The rule version you edited; 0 while the kind uses the default */
            version: number;
        };
        DecisionSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            questionKind: "charter_adoption" | "ground_rules" | "plan_approval" | "gate_override" | "exit" | "general";
            /** @enum {string} */
            method: "consensus" | "straw_poll" | "vote";
            title: string;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @enum {string} */
            phase: "scheduled" | "open" | "closed";
            secretBallot: boolean;
            outcomeStatement: string | null;
            /** Format: date */
            reviewOn: string | null;
        };
        DecisionPageDto: {
            items: components["schemas"]["DecisionSummaryDto"][];
            nextCursor: string | null;
        };
        CreateDecisionDto: {
            /**
             * @description The kind of question: its rule sets the method
             * @enum {string}
             */
            questionKind: "charter_adoption" | "ground_rules" | "plan_approval" | "gate_override" | "exit" | "general";
            /** @example Adopt the terms of reference (version 3) */
            title: string;
            /** @description What exactly is being decided */
            question: string;
            /** @description For a straw poll or vote: the options, 2 to 20 */
            options?: string[];
            /**
             * Format: date-time
             * @description When positions may be taken; default now
             */
            opensAt?: string;
            /**
             * Format: date-time
             * @description When it closes: after this, it is closed
             */
            closesAt: string;
            /** @description A secret ballot, where the rule allows it (never for consensus) */
            secretBallot?: boolean;
            /** @description Hide results from everyone until it closes; cannot be undone */
            hideResultsUntilClosed?: boolean;
        };
        CountDto: {
            needed: number;
            have: number;
            met: boolean;
        };
        NamedGroupDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        QuorumResultDto: {
            met: boolean;
            attendance: components["schemas"]["CountDto"];
            ballots: components["schemas"]["CountDto"];
            /** @description Indispensable groups nobody took part for */
            missingGroups: components["schemas"]["NamedGroupDto"][];
        };
        PositionDto: {
            /** @description Null where the process’s confidentiality withholds names */
            person: components["schemas"]["PersonDto"] | null;
            /** @description Whether this is the reader’s own position */
            mine: boolean;
            /** @enum {string|null} */
            position: "agree" | "stand_aside" | "block" | null;
            choice: number | null;
            reason: string | null;
        };
        DecisionResultsDto: {
            /** @description consensus, consensus_with_stand_asides, blocked, no_positions, adopted, not_adopted, tied, indicative, no_ballots or no_quorum */
            outcome: string;
            /** @description Whether this outcome is final: the decision is closed */
            final: boolean;
            /** @description Ballots per option (straw poll and vote) */
            counts: number[];
            agree: number;
            standAside: number;
            block: number;
            /** @description Positions taken or ballots cast */
            taken: number;
            quorum: components["schemas"]["QuorumResultDto"];
            /** @description Empty for a secret ballot */
            positions: components["schemas"]["PositionDto"][];
        };
        MyPositionDto: {
            /** @enum {string|null} */
            position: "agree" | "stand_aside" | "block" | null;
            /** @description Null for a secret ballot: not even the voter reads it back */
            choice: number | null;
            reason: string | null;
        };
        DecisionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            questionKind: "charter_adoption" | "ground_rules" | "plan_approval" | "gate_override" | "exit" | "general";
            /** @enum {string} */
            method: "consensus" | "straw_poll" | "vote";
            title: string;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @enum {string} */
            phase: "scheduled" | "open" | "closed";
            secretBallot: boolean;
            outcomeStatement: string | null;
            /** Format: date */
            reviewOn: string | null;
            question: string;
            options: string[];
            hideResultsUntilClosed: boolean;
            /** @description The rule as it stood when the decision was put */
            rule: components["schemas"]["DecisionRuleDto"];
            createdBy: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
            version: number;
            /** @description Null while results are hidden until closing */
            results: components["schemas"]["DecisionResultsDto"] | null;
            myPosition: components["schemas"]["MyPositionDto"] | null;
            /** @description Whether the reader may take a position or cast a ballot now */
            mayTakePart: boolean;
        };
        UpdateDecisionDto: {
            title?: string;
            question?: string;
            options?: string[];
            /** Format: date-time */
            opensAt?: string;
            /** Format: date-time */
            closesAt?: string;
            secretBallot?: boolean;
            hideResultsUntilClosed?: boolean;
            version: number;
        };
        DecisionVersionDto: {
            version: number;
        };
        RecordOutcomeDto: {
            /** @description What was decided, in the group’s words */
            outcomeStatement: string;
            /**
             * Format: date
             * @description When the group will review it
             */
            reviewOn: string | null;
            version: number;
        };
        TakePositionDto: {
            /**
             * @description For consensus
             * @enum {string}
             */
            position?: "agree" | "stand_aside" | "block";
            /** @description For an open straw poll or vote: the option’s index */
            choice?: number;
            /** @description Required to stand aside or block */
            reason?: string;
        };
        CastBallotDto: {
            /** @description The option’s index */
            choice: number;
        };
        ObjectionDto: {
            /** Format: uuid */
            decisionId: string;
            decisionTitle: string;
            /** Format: date-time */
            closedAt: string;
            /** @enum {string} */
            kind: "stand_aside" | "block";
            reason: string;
            /** @description Null where the process’s confidentiality withholds names */
            person: components["schemas"]["PersonDto"] | null;
            /**
             * Format: uuid
             * @description Identifies the objection with the decision id; opaque where names are withheld
             */
            objectionId: string;
            mine: boolean;
            /** @enum {string} */
            status: "standing" | "withdrawn" | "answered";
            note: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** @description 0 while standing */
            version: number;
        };
        ObjectionsDto: {
            items: components["schemas"]["ObjectionDto"][];
            /** @description True when no objection is still standing (reviewed before Exit) */
            reviewedForExit: boolean;
        };
        ReviewObjectionDto: {
            /** @description How the group answered it, or why it is withdrawn */
            note: string;
            /** @description 0 for a first review */
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    WorkspaceAudit_list: {
        parameters: {
            query?: {
                /** @description Only events of this process (workspace trail only) */
                processId?: string;
                /** @description Only events about this kind of object */
                objectType?: "workspace" | "invitation" | "workspace_member" | "process" | "process_member" | "charter_version" | "charter_signature" | "charter_decline" | "charter_comment" | "charter_amendment" | "charter_rule" | "ground_rule" | "ground_rule_comment" | "accountability_entry" | "grievance_procedure" | "confidentiality_regime" | "action" | "action_plan" | "calendar_feed" | "concept_note" | "consultation" | "cost_line" | "demographics" | "do_no_harm" | "key_questions" | "milestone" | "milestone_value" | "participant_checklist" | "problem_statement" | "progress_update" | "prospect" | "report_back" | "selection_criteria" | "stakeholder" | "stakeholder_group" | "vision" | "working_group" | "champion" | "core_group_member" | "facilitation_resource" | "initiation_cost_line" | "funding_source" | "hosting" | "mou" | "reality_check" | "relationship" | "notification_preferences" | "meeting" | "meeting_invitation" | "meeting_attendance" | "minutes" | "minutes_statement" | "minutes_action_point" | "minutes_review" | "decision" | "decision_position" | "decision_ballot" | "decision_rule" | "objection";
                /** @description Only events about this object */
                objectId?: string;
                /** @description Only events this person did */
                actorId?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; filter by process, object and person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WorkspaceAudit_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recomputes the workspace’s hash chain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessAudit_list: {
        parameters: {
            query?: {
                /** @description Only events of this process (workspace trail only) */
                processId?: string;
                /** @description Only events about this kind of object */
                objectType?: "workspace" | "invitation" | "workspace_member" | "process" | "process_member" | "charter_version" | "charter_signature" | "charter_decline" | "charter_comment" | "charter_amendment" | "charter_rule" | "ground_rule" | "ground_rule_comment" | "accountability_entry" | "grievance_procedure" | "confidentiality_regime" | "action" | "action_plan" | "calendar_feed" | "concept_note" | "consultation" | "cost_line" | "demographics" | "do_no_harm" | "key_questions" | "milestone" | "milestone_value" | "participant_checklist" | "problem_statement" | "progress_update" | "prospect" | "report_back" | "selection_criteria" | "stakeholder" | "stakeholder_group" | "vision" | "working_group" | "champion" | "core_group_member" | "facilitation_resource" | "initiation_cost_line" | "funding_source" | "hosting" | "mou" | "reality_check" | "relationship" | "notification_preferences" | "meeting" | "meeting_invitation" | "meeting_attendance" | "minutes" | "minutes_statement" | "minutes_action_point" | "minutes_review" | "decision" | "decision_position" | "decision_ballot" | "decision_rule" | "objection";
                /** @description Only events about this object */
                objectId?: string;
                /** @description Only events this person did */
                actorId?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This process’s events, newest first; the processId filter is ignored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessAudit_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recomputes the workspace’s hash chain, which this process’s events are part of */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactorSignIn_complete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorCodeDto"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactor_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorStatusDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactor_startEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorEnrolmentDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactor_confirmEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactor_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorProofDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactor_renewRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_setLocale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetLocaleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_setTimeZone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTimeZoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailChangeRequestedDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_confirmEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmEmailDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailConfirmedDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSessionListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_revokeOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionsEndedDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Account_events: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountEventListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Workspaces_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Workspaces_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkspaceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Workspaces_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Workspaces_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameWorkspaceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Workspaces_setSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceSecurityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Workspaces_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceMemberListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Workspaces_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Workspaces_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Workspaces_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Members_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Members_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceMemberDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Invitations_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Invitations_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Processes_list: {
        parameters: {
            query?: {
                /** @description Words in the title */
                q?: string;
                status?: "active" | "archived";
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Processes_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProcessDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Processes_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Processes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProcessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Processes_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArchiveProcessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Lifecycle_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Lifecycle_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Lifecycle_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTransitionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionResultDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessMembers_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessMemberListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessMembers_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddProcessMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessMemberDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessMembers_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessMembers_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeProcessMemberRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessMemberDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterOverviewDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_startDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCharterVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCharterVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CharterVersionActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CharterVersionActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_adopt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CharterVersionActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_signatures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterSignatureListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignCharterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterSignatureDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Charters_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVerificationDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_comments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterCommentListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCharterCommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterCommentDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_amendments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAmendmentListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_proposeAmendment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCharterAmendmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAmendmentDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                amendmentId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAmendmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAmendmentDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                amendmentId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAmendmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAmendmentDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineCharterDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_signatureBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterBoardDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_setRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatificationRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatificationRuleDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CharterFeedback_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The charter as PDF with its signature page and audit trail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_groundRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroundRuleListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeGroundRuleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroundRuleDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_samples: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroundRuleListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_adopt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdoptGroundRulesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroundRuleListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendGroundRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroundRuleDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireGroundRuleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroundRuleDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_ruleComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroundRuleCommentListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_commentOnRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroundRuleCommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroundRuleCommentDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_accountability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountabilityMapDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_saveAccountability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAccountabilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountabilityEntryDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_grievanceProcedure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrievanceProcedureDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_saveGrievanceProcedure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveGrievanceProcedureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrievanceProcedureDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_confidentiality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfidentialityDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Agreements_saveConfidentiality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveConfidentialityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfidentialityDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stakeholders_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderGroupListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stakeholders_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStakeholderGroupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderGroupDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stakeholders_starter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderGroupListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stakeholders_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stakeholders_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStakeholderGroupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderGroupDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stakeholders_setAlternate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAlternateDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stakeholders_setMemberGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetMemberGroupDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_list: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                page?: number;
                limit?: number;
                /** @description A stakeholder group id, or `none` for stakeholders in no group */
                groupId?: string;
                stance?: "supportive" | "neutral" | "opposed" | "unknown";
                kind?: "organisation" | "individual";
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contactPoints only for conveners and facilitators */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStakeholderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stakeholderId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stakeholderId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stakeholderId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStakeholderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_relationships: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                page?: number;
                limit?: number;
                /** @description Only relationships with this stakeholder at either end */
                stakeholderId?: string;
                kind?: "alliance" | "tension" | "conflict" | "dependency";
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_createRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRelationshipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_removeRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                relationshipId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_updateRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                relationshipId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRelationshipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StakeholderRegister_map: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All stakeholders and relationships of the process, compact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderMapDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Prospects_list: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                page?: number;
                limit?: number;
                status?: "prospective" | "consulted" | "invited" | "active" | "declined" | "withdrawn";
                /** @description Only prospects linked to this stakeholder */
                stakeholderId?: string;
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description email only for conveners and facilitators */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Prospects_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProspectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Prospects_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospectId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Prospects_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospectId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Prospects_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospectId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProspectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Prospects_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospectId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeProspectStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Prospects_addConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospectId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsultationDto"];
            };
        };
        responses: {
            /** @description The prospect with its log; a prospective prospect becomes consulted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Prospects_removeConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospectId: string;
                consultationId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Framing_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FramingDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Framing_saveProblemStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveProblemStatementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemStatementVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Framing_problemVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemStatementVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Framing_agreeProblemStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreeProblemStatementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemStatementVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Framing_addVision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Framing_removeVision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Framing_updateVision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_list: {
        parameters: {
            query?: {
                status?: "draft" | "proposed" | "approved";
                /** @description Words in the title or goal */
                q?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanMoveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanMoveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanMoveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanMoveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_addAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_actionsNeedingAttention: {
        parameters: {
            query: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description overdue: past the due date and neither done nor dropped; blocked: status blocked */
                filter: "overdue" | "blocked";
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Overdue actions soonest due first, or blocked actions blocked longest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_getAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_removeAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_updateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_updateActionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Plans_myActions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WorkingGroups_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WorkingGroups_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkingGroupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WorkingGroups_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkingGroupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WorkingGroups_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Selection_criteria: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionCriteriaDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Selection_saveCriteria: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveSelectionCriteriaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionCriteriaDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Selection_doNoHarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoNoHarmDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Selection_saveDoNoHarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDoNoHarmDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoNoHarmDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Selection_completeDoNoHarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteDoNoHarmDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoNoHarmDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConceptNote_latest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConceptNoteDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConceptNote_versions: {
        parameters: {
            query?: {
                /** @description Versions older than this number (nextBefore of the previous page) */
                before?: number;
                limit?: number;
            };
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConceptNoteVersionListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConceptNote_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveConceptNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConceptNoteVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConceptNote_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConceptNoteVersionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessInvitations_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessInvitationListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessInvitations_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProcessInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessInvitationDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessInvitations_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Inclusion_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemographicsDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Inclusion_saveMine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDemographicsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemographicsDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Inclusion_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Initiation_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiationSummaryDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Initiation_keyQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyQuestionsDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Initiation_saveKeyQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveKeyQuestionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyQuestionsDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Initiation_hosting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostingDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Initiation_saveHosting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveHostingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostingDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Initiation_mou: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Initiation_saveMou: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveMouDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Initiation_realityCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealityCheckDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Initiation_saveRealityCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRealityCheckDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealityCheckDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Champions_list: {
        parameters: {
            query?: {
                /** @description Words to look for */
                q?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChampionPageDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Champions_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChampionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChampionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Champions_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChampionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChampionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Champions_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CoreGroup_list: {
        parameters: {
            query?: {
                /** @description Words to look for */
                q?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoreMemberPageDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CoreGroup_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCoreMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoreMemberDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CoreGroup_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCoreMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoreMemberDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CoreGroup_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitationResources_list: {
        parameters: {
            query?: {
                /** @description Words to look for */
                q?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilitationResourcePageDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitationResources_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFacilitationResourceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilitationResourceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitationResources_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFacilitationResourceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilitationResourceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitationResources_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CostLines_list: {
        parameters: {
            query?: {
                /** @description Words to look for */
                q?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostLinePageDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CostLines_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEstimateLineDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateLineDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CostLines_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEstimateLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateLineDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CostLines_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingSources_list: {
        parameters: {
            query?: {
                /** @description Words to look for */
                q?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingSourcePageDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingSources_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFundingSourceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingSourceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingSources_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFundingSourceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingSourceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingSources_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                workspaceId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Checklists_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyChecklistDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Checklists_saveMine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveChecklistDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyChecklistDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Checklists_statuses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistStatusListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Checklists_shared: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedChecklistDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarFeed_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarFeed_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret URL, shown this once; any earlier URL stops working */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarFeed_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed URL answers 404 from now on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarFeed_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret URL replacing the current one (404 when there is none) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarFeedPublic_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret token of the feed URL */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar (RFC 5545): all-day events for milestones, action due dates and the person’s next report-back */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Milestones_listForPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan’s milestones by due date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Milestones_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMilestoneDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Milestones_listForProcess: {
        parameters: {
            query?: {
                /** @description due: not reached and due within 30 days or overdue, soonest first */
                due?: "due";
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Milestones_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                milestoneId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Milestones_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                milestoneId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Milestones_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                milestoneId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Milestones_recordValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                milestoneId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordValueDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDetailDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Costs_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostLineListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Costs_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCostLineDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostLineDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Costs_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                costLineId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Costs_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                costLineId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCostLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostLineDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Costs_planTotals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Totals per currency (with the funding gap) and per funding source */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostTotalsDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Progress_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                actionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdateListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Progress_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgressUpdateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdateDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanExport_exportCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan’s actions as CSV (RFC 4180, UTF-8 with BOM, CRLF), one row per action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportBacks_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportBackScheduleDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportBacks_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReportBackDto"];
            };
        };
        responses: {
            /** @description The participant’s entry with the moved due date */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportBackEntryDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Dashboard_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_list: {
        parameters: {
            query?: {
                /** @description Only unread notifications */
                unread?: boolean;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; unread=true for unread only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_savePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveNotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Home_todo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the signed-in person is asked to do, across all their workspaces */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodoDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_list: {
        parameters: {
            query?: {
                /** @description Upcoming: not ended yet, soonest first; past: newest first */
                when?: "upcoming" | "past";
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingInvitationListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingInvitationListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_uninvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                memberId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingInvitationListDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_rsvp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RsvpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_attendanceCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceCodeDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_recordAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAttendanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_removeAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                memberId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_minutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_addStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStatementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_deleteStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                statementId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_editStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                statementId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStatementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_quoteMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                statementId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_addActionPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionPointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_rules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRulesDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_setRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionKind: "charter_adoption" | "ground_rules" | "plan_approval" | "gate_override" | "exit" | "general";
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDecisionRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRuleDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPageDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decisionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decisionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decisionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_recordOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decisionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_takePosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decisionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakePositionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_castBallot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decisionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CastBallotDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_objections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionsDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_answerObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                objectionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionsDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Decisions_withdrawObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                objectionId: string;
                processId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionsDto"];
                };
            };
            /** @description An error, as application/problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
