# A peer, reproduced for comparison by the benchmark (bench/): the original design's
# "Foundational Script (analyze.py)", from the rekognition-ci-pipeline README
# (shared/seed/rekognition-ci-pipeline-README.md), whose workflow runs it once per image as
# `python scripts/analyze.py` with IMAGE_FILE, S3_BUCKET, DDB_TABLE and AWS_REGION set.
# Copied as it is, but for one change, marked "bench:": each client is given the local
# stack's endpoint from AWS_ENDPOINT_URL_<SERVICE>, which recent boto3 reads by itself but
# Debian 12's python3-boto3 (1.26) does not; unset, it is None, boto3's default.
import os, json, boto3
from datetime import datetime, timezone

def main():
    region = os.environ.get("AWS_REGION", "us-east-1")
    s3_bucket = os.environ["S3_BUCKET"]
    filename = os.environ.get("IMAGE_FILE", "images/sneaker.jpeg")
    branch = os.environ.get("GITHUB_HEAD_REF") or os.environ.get("GITHUB_REF_NAME", "unknown")

    s3 = boto3.client("s3", region_name=region, endpoint_url=os.environ.get("AWS_ENDPOINT_URL_S3"))  # bench: endpoint_url
    rekog = boto3.client("rekognition", region_name=region, endpoint_url=os.environ.get("AWS_ENDPOINT_URL_REKOGNITION"))  # bench: endpoint_url
    ddb = boto3.client("dynamodb", region_name=region, endpoint_url=os.environ.get("AWS_ENDPOINT_URL_DYNAMODB"))  # bench: endpoint_url

    # Upload to S3 under structured prefix
    key = f"rekognition-input/{os.path.basename(filename)}"
    with open(filename, "rb") as f:
        s3.put_object(Bucket=s3_bucket, Key=key, Body=f, ContentType="image/jpeg")

    # Detect labels
    resp = rekog.detect_labels(
        Image={"S3Object": {"Bucket": s3_bucket, "Name": key}},
        MaxLabels=10, MinConfidence=70
    )

    labels = [{"Name": l["Name"], "Confidence": round(l["Confidence"], 2)} for l in resp.get("Labels", [])]
    result = {
        "filename": key,
        "labels": labels,
        "timestamp": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "branch": branch
    }
    print(json.dumps(result, indent=2))

    # Optional: write to DynamoDB (table name passed in by workflow per env)
    table = os.environ.get("DDB_TABLE", "")
    if table:
        ddb.put_item(
            TableName=table,
            Item={
                "filename": {"S": key},
                "timestamp": {"S": result["timestamp"]},
                "branch": {"S": branch},
                "labels": {"S": json.dumps(labels)}
            }
        )
        print(f"Wrote result to DynamoDB table: {table}")

if __name__ == "__main__":
    main()
