package kr.go.msit.standards.projects;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.PostgresTestResource;

/**
 * Every test of this service runs against one real PostgreSQL 17 database named {@code projects}, the service
 * trusts tokens from {@link kr.go.msit.standards.testsupport.TestTokens}, partnership-service is
 * {@link PartnershipStub} and funding-service {@link FundingStub}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
@WithTestResource(JwtTestResource.class)
@WithTestResource(PartnershipStub.class)
@WithTestResource(FundingStub.class)
public @interface ProjectsTest {}
