package cn.pilotcity.review;

/** Receives the id the database generated for an inserted row ({@code keyProperty="key.id"}). */
class GeneratedKey {

	Long id;

	long id() {
		return id;
	}
}
