/**
 * The append-only trail of who read or changed a person's or case's data: who, role, when, which
 * record, which action, from where. Nothing in the application can change or delete a row; the
 * database refuses it too. Prosecutors and probation heads ask it "who viewed this".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package kz.jol.audit;
