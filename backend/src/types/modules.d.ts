declare module "multer"
