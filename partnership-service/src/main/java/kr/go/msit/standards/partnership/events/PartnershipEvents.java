package kr.go.msit.standards.partnership.events;

import static kr.go.msit.standards.platform.security.Roles.AUDITOR;
import static kr.go.msit.standards.platform.security.Roles.FINANCE_OFFICER;
import static kr.go.msit.standards.platform.security.Roles.INSTITUTION;
import static kr.go.msit.standards.platform.security.Roles.PARTNERSHIP_OFFICER;
import static kr.go.msit.standards.platform.security.Roles.PROGRAM_MANAGER;
import static kr.go.msit.standards.platform.security.Roles.VIEWER;

import jakarta.inject.Singleton;
import kr.go.msit.standards.partnership.agency.AgencyView;
import kr.go.msit.standards.partnership.agreement.AgreementView;
import kr.go.msit.standards.partnership.dispatch.DispatchView;
import kr.go.msit.standards.partnership.institution.InstitutionView;
import kr.go.msit.standards.partnership.match.MatchView;
import kr.go.msit.standards.partnership.need.NeedView;
import kr.go.msit.standards.partnership.offer.OfferView;
import kr.go.msit.standards.partnership.workshop.WorkshopView;
import kr.go.msit.standards.platform.persistence.events.ChangeEvent;
import kr.go.msit.standards.platform.persistence.events.EventDeclarations;

/**
 * What partnership-service tells other systems (its change feed and webhooks). Workshop participants' and offer
 * contacts' e-mail addresses reach partnership officers and auditors only.
 */
@Singleton
@ChangeEvent(
        resource = "institution",
        data = InstitutionView.class,
        actions = {"create", "update"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER})
@ChangeEvent(
        resource = "partner-agency",
        data = AgencyView.class,
        actions = {"create", "update", "add-site", "add-unit"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER})
@ChangeEvent(
        resource = "agreement",
        data = AgreementView.class,
        actions = {"create", "update", "renew", "activate", "expire", "terminate"},
        readers = {PARTNERSHIP_OFFICER, PROGRAM_MANAGER, INSTITUTION, AUDITOR},
        institution = "/institutionId")
@ChangeEvent(
        resource = "dispatch",
        data = DispatchView.class,
        actions = {"create", "approve", "arrive", "complete", "cut-short", "cancel"},
        readers = {PARTNERSHIP_OFFICER, PROGRAM_MANAGER, INSTITUTION, AUDITOR},
        institution = "/institutionId")
@ChangeEvent(
        resource = "workshop",
        data = WorkshopView.class,
        actions = {"create", "update", "hold", "cancel"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER},
        personal = "/participants/*/email",
        personalReaders = {PARTNERSHIP_OFFICER, AUDITOR})
@ChangeEvent(
        resource = "workshop-participant",
        data = WorkshopView.ParticipantView.class,
        actions = {"register", "attendance"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER},
        personal = "/email",
        personalReaders = {PARTNERSHIP_OFFICER, AUDITOR})
@ChangeEvent(
        resource = "cooperation-need",
        data = NeedView.class,
        actions = {"create", "update", "open", "close", "matched", "unmatched", "realised"},
        readers = {PARTNERSHIP_OFFICER, PROGRAM_MANAGER, INSTITUTION, AUDITOR},
        institution = "/institutionId")
@ChangeEvent(
        resource = "partner-offer",
        data = OfferView.class,
        actions = {"create", "close"},
        readers = {PARTNERSHIP_OFFICER, PROGRAM_MANAGER, INSTITUTION, AUDITOR},
        personal = "/contactEmail",
        personalReaders = {PARTNERSHIP_OFFICER, AUDITOR})
@ChangeEvent(
        resource = "cooperation-match",
        data = MatchView.class,
        actions = {"create", "accept-institution", "accept-partner", "decline", "withdraw", "realise"},
        readers = {PARTNERSHIP_OFFICER, PROGRAM_MANAGER, INSTITUTION, AUDITOR},
        institution = "/institutionId")
public class PartnershipEvents implements EventDeclarations {}
