package kr.go.msit.standards.clients.projects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Korea's national strategic technology areas (국가전략기술), as projects-service defines them: the other services
 * carry a project's area as text they got from projects-service, and document it with this schema. The same name
 * and values as projects-service's enum, so the gateway's merged document holds one {@code TechnologyArea}
 * (GatewayOpenApiTest fails if the two drift apart and the merge has to keep two).
 */
@Schema(name = "TechnologyArea")
public enum TechnologyArea {
    SEMICONDUCTORS,
    ADVANCED_BIO,
    QUANTUM,
    NEXT_GENERATION_COMMUNICATIONS,
    SECONDARY_BATTERIES,
    DISPLAYS,
    HYDROGEN,
    ADVANCED_MOBILITY,
    NEXT_GENERATION_NUCLEAR,
    AEROSPACE_AND_OCEAN,
    CYBERSECURITY,
    ARTIFICIAL_INTELLIGENCE
}
