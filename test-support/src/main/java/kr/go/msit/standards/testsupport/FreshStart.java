package kr.go.msit.standards.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile that changes nothing: a test class that names it gets an application started for it alone, which
 * has served no request yet (e.g. to see which metric series exist before the first event).
 */
public class FreshStart implements QuarkusTestProfile {}
