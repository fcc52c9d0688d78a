from ninja import NinjaAPI

api = NinjaAPI(title="kumppani API", version="1", urls_namespace="api")
