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
            /** @example Enter a title. */
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
             * @description Stable machine-readable code
             * @example VALIDATION
             */
            code: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description On 409: the object as it is now */
            current?: Record<string, never>;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
        };
        SessionDto: {
            user: components["schemas"]["UserDto"] | null;
            /** @description Send as X-CSRF-Token on every write. */
            csrfToken: string;
        };
        SignUpDto: {
            /** @example amina@example.org */
            email: string;
            password: string;
            /** @example Amina Yusuf */
            displayName: string;
        };
        SignInDto: {
            email: string;
            password: string;
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
            /** Format: date-time */
            createdAt: string;
        };
        RenameWorkspaceDto: {
            /** @example Centre for Dialogue */
            name: string;
            /** @description The version you edited; a stale one gets 409. */
            version: number;
        };
        WorkspaceMemberDto: {
            /** Format: uuid */
            userId: string;
            email: string;
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
            /** @description Only in the response that creates the invitation: the link to send. */
            acceptUrl?: string;
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
        InvitationPreviewDto: {
            workspaceName: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** Format: date-time */
            expiresAt: string;
        };
        AcceptedInvitationDto: {
            /** Format: uuid */
            workspaceId: string;
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
            /** @description The version you edited; a stale one gets 409. */
            version: number;
        };
        ArchiveProcessDto: {
            version: number;
        };
        GateDto: {
            id: string;
            label: string;
            /** @enum {string} */
            status: "met" | "unmet" | "not_measurable";
            detail: string;
        };
        ReadinessDto: {
            /** @enum {string} */
            phase: "initiate" | "design" | "acquaint" | "agree" | "implement" | "exit";
            /** @enum {string|null} */
            nextPhase: "initiate" | "design" | "acquaint" | "agree" | "implement" | "exit" | null;
            /** @description The checks for entering nextPhase */
            gates: components["schemas"]["GateDto"][];
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
            overriddenGates: components["schemas"]["GateDto"][];
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
            email: string;
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
}
