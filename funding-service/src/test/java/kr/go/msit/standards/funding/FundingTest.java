package kr.go.msit.standards.funding;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.PostgresTestResource;
import kr.go.msit.standards.testsupport.ProjectsStub;

/**
 * Every test of this service runs against one real PostgreSQL 17 database named {@code funding}, trusts tokens from
 * {@link kr.go.msit.standards.testsupport.TestTokens}, and projects-service is {@link ProjectsStub}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
@WithTestResource(JwtTestResource.class)
@WithTestResource(ProjectsStub.class)
public @interface FundingTest {}
