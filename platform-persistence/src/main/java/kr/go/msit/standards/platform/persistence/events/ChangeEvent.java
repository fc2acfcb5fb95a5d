package kr.go.msit.standards.platform.persistence.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one kind of change event a service emits: the audited resource, the API view its {@code data} carries,
 * the actions recorded for it, and who may read them. A service lists all of its kinds on one
 * {@link EventDeclarations} bean; the OpenAPI document's {@code webhooks} section is written from the same
 * annotations at build time ({@code ChangeEventsDocumented}), and an audited change of an undeclared resource or
 * action is refused, so the document and the feed cannot disagree.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(ChangeEvents.class)
public @interface ChangeEvent {

    /** Read the institution from the parent record (see {@link ParentInstitutions}). */
    String PARENT = "parent";

    /** The audited resource name, e.g. {@code project}; the type's middle segment. */
    String resource();

    /** The API view that {@code data} carries (its schema is referenced by the document). */
    Class<?> data();

    /** The audited actions, e.g. {@code create}, {@code update}, {@code suspend}; see {@link EventTypes}. */
    String[] actions();

    /** The roles that may read these events: those that may read the record itself. */
    String[] readers();

    /**
     * Whose record it is, for callers confined to an institution (who see only their own): a JSON pointer into
     * {@code data} (e.g. {@code /leadInstitutionId}), {@link #PARENT} for the parent record's institution, or empty
     * when every reader may see every record.
     */
    String institution() default "";

    /** JSON pointers of personal data in {@code data}; {@code *} stands for every element of an array. */
    String[] personal() default {};

    /** The roles that see {@link #personal} fields (every other reader gets null). */
    String[] personalReaders() default {};

    /** Whether the record's own institution sees its personal fields too. */
    boolean institutionSeesPersonal() default false;

    /**
     * A top-level field of {@code data} that is null while the record is not yet public (a call for proposals'
     * {@code announcedOn}, null while it is a draft and for good when it is cancelled as one): the events whose field
     * is null or missing are read by {@link #draftReaders} only. Empty: every event is public.
     */
    String publicOnceSet() default "";

    /** The roles that read the events of a record before it is public (see {@link #publicOnceSet}). */
    String[] draftReaders() default {};
}
