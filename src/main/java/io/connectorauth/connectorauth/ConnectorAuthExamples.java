package io.connectorauth.connectorauth;

/**
 * OpenAPI examples, with the bodies of the public Locoia connector-auth docs.
 */
final class ConnectorAuthExamples {

    static final String CREATE = """
            {
              "connector_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
              "name": "Test Name",
              "auth_type": "username_password",
              "auth_token": "",
              "auth_details": "",
              "api_endpoint": "sftp://user:password@server_ip/path",
              "user_input": {},
              "username": "user123",
              "password": "password123",
              "tags": ["Example Tag", "Customer XYZ"]
            }""";

    static final String UPDATE = """
            {
              "name": "Test Name",
              "tags": ["Example Tag"]
            }""";

    static final String VIEW = """
            {
              "id": "9b2f7c1e-4a5d-4e8f-9c3b-2d1a0f6e5b4c",
              "connector_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
              "name": "Test Name",
              "auth_type": "username_password",
              "api_endpoint": "sftp://user:********@server_ip/path",
              "user_input": {},
              "username": "user123",
              "password": "********",
              "tags": ["Example Tag", "Customer XYZ"],
              "created_at": "2026-01-05T10:15:30Z",
              "updated_at": "2026-01-05T10:15:30Z",
              "created_by": "user-1",
              "updated_by": "user-1",
              "version": 0,
              "owner_id": "user-1"
            }""";

    static final String NOT_FOUND = """
            {
              "type": "urn:connector-auth:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Connector auth not found",
              "instance": "/v1/connector-auths/9b2f7c1e-4a5d-4e8f-9c3b-2d1a0f6e5b4c",
              "request_id": "5d0c8f0e-1b7a-4c2e-9f3d-6a8b7c9d0e1f"
            }""";

    private ConnectorAuthExamples() {
    }
}
