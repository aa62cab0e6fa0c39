package kz.jol.organisation;

/**
 * What an administrator sends to register or revise an organisation. Blank optional fields are
 * stored as absent; {@code active} defaults to true; {@code version} is required on revision.
 */
public record OrganisationForm(
    OrganisationType type, String nameKk, String nameRu, String nameEn, String territoryCode,
    String address, String phone, String email, String headName, Boolean active,
    Integer version) {}
